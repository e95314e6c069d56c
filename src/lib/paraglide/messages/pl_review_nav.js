/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Review_NavInputs */

const en_pl_review_nav = /** @type {(inputs: Pl_Review_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals under review`)
};

const zh_cn2_pl_review_nav = /** @type {(inputs: Pl_Review_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`复盘中的商机`)
};

/**
* | output |
* | --- |
* | "Deals under review" |
*
* @param {Pl_Review_NavInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_nav = /** @type {((inputs?: Pl_Review_NavInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_NavInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_review_nav(inputs)
	return en_pl_review_nav(inputs)
});