/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_Competitor_NameInputs */

const en_pb_competitor_name = /** @type {(inputs: Pb_Competitor_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitor name`)
};

const zh_cn2_pb_competitor_name = /** @type {(inputs: Pb_Competitor_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争对手名称`)
};

/**
* | output |
* | --- |
* | "Competitor name" |
*
* @param {Pb_Competitor_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_competitor_name = /** @type {((inputs?: Pb_Competitor_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Competitor_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_competitor_name(inputs)
	return en_pb_competitor_name(inputs)
});