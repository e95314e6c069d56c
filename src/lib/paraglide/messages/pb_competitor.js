/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_CompetitorInputs */

const en_pb_competitor = /** @type {(inputs: Pb_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitor`)
};

const zh_cn2_pb_competitor = /** @type {(inputs: Pb_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争对手`)
};

/**
* | output |
* | --- |
* | "Competitor" |
*
* @param {Pb_CompetitorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_competitor = /** @type {((inputs?: Pb_CompetitorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_CompetitorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_competitor(inputs)
	return en_pb_competitor(inputs)
});