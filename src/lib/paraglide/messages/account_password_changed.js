/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Account_Password_ChangedInputs */

const en_account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Password changed. Signed out on ${i?.count} other devices or browsers.`)
};

const zh_cn2_account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`密码已修改。已在其他 ${i?.count} 个设备或浏览器上退出登录。`)
};

/**
* | output |
* | --- |
* | "Password changed. Signed out on {count} other devices or browsers." |
*
* @param {Account_Password_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_password_changed = /** @type {((inputs: Account_Password_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Password_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_password_changed(inputs)
	return en_account_password_changed(inputs)
});