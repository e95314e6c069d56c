/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_RemovedInputs */

const en_hist_competitor_removed = /** @type {(inputs: Hist_Competitor_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`competitor ${i?.name} removed`)
};

const zh_cn2_hist_competitor_removed = /** @type {(inputs: Hist_Competitor_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除了竞争对手 ${i?.name}`)
};

/**
* | output |
* | --- |
* | "competitor {name} removed" |
*
* @param {Hist_Competitor_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_competitor_removed = /** @type {((inputs: Hist_Competitor_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Competitor_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_competitor_removed(inputs)
	return en_hist_competitor_removed(inputs)
});