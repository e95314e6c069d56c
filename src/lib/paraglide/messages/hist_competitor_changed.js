/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_ChangedInputs */

const en_hist_competitor_changed = /** @type {(inputs: Hist_Competitor_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`competitor ${i?.name} changed`)
};

const zh_cn2_hist_competitor_changed = /** @type {(inputs: Hist_Competitor_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`修改了竞争对手 ${i?.name}`)
};

/**
* | output |
* | --- |
* | "competitor {name} changed" |
*
* @param {Hist_Competitor_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_competitor_changed = /** @type {((inputs: Hist_Competitor_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Competitor_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_competitor_changed(inputs)
	return en_hist_competitor_changed(inputs)
});