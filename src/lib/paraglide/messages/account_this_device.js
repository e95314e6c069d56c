/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Account_This_DeviceInputs */

const en_account_this_device = /** @type {(inputs: Account_This_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`this browser`)
};

const zh_cn2_account_this_device = /** @type {(inputs: Account_This_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前浏览器`)
};

/**
* | output |
* | --- |
* | "this browser" |
*
* @param {Account_This_DeviceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_this_device = /** @type {((inputs?: Account_This_DeviceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_This_DeviceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_this_device(inputs)
	return en_account_this_device(inputs)
});