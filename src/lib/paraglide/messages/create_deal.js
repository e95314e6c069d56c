/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Create_DealInputs */

const en_create_deal = /** @type {(inputs: Create_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create deal`)
};

const zh_cn2_create_deal = /** @type {(inputs: Create_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`创建商机`)
};

/**
* | output |
* | --- |
* | "Create deal" |
*
* @param {Create_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const create_deal = /** @type {((inputs?: Create_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Create_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_create_deal(inputs)
	return en_create_deal(inputs)
});