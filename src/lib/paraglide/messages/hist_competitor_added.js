/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_AddedInputs */

const en_hist_competitor_added = /** @type {(inputs: Hist_Competitor_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`competitor ${i?.name} added`)
};

const zh_cn2_hist_competitor_added = /** @type {(inputs: Hist_Competitor_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`添加了竞争对手 ${i?.name}`)
};

/**
* | output |
* | --- |
* | "competitor {name} added" |
*
* @param {Hist_Competitor_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_competitor_added = /** @type {((inputs: Hist_Competitor_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Competitor_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_competitor_added(inputs)
	return en_hist_competitor_added(inputs)
});