/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} New_Deal_TitleInputs */

const en_new_deal_title = /** @type {(inputs: New_Deal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New deal`)
};

const zh_cn2_new_deal_title = /** @type {(inputs: New_Deal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建商机`)
};

/**
* | output |
* | --- |
* | "New deal" |
*
* @param {New_Deal_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const new_deal_title = /** @type {((inputs?: New_Deal_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<New_Deal_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_new_deal_title(inputs)
	return en_new_deal_title(inputs)
});