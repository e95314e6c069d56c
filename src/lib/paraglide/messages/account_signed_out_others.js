/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Account_Signed_Out_OthersInputs */

const en_account_signed_out_others = /** @type {(inputs: Account_Signed_Out_OthersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed out on ${i?.count} other devices or browsers.`)
};

const zh_cn2_account_signed_out_others = /** @type {(inputs: Account_Signed_Out_OthersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已在其他 ${i?.count} 个设备或浏览器上退出登录。`)
};

/**
* | output |
* | --- |
* | "Signed out on {count} other devices or browsers." |
*
* @param {Account_Signed_Out_OthersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_signed_out_others = /** @type {((inputs: Account_Signed_Out_OthersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Signed_Out_OthersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_signed_out_others(inputs)
	return en_account_signed_out_others(inputs)
});