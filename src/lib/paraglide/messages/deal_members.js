/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deal_MembersInputs */

const en_deal_members = /** @type {(inputs: Deal_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal team`)
};

const zh_cn2_deal_members = /** @type {(inputs: Deal_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`项目团队`)
};

/**
* | output |
* | --- |
* | "Deal team" |
*
* @param {Deal_MembersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_members = /** @type {((inputs?: Deal_MembersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_MembersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deal_members(inputs)
	return en_deal_members(inputs)
});