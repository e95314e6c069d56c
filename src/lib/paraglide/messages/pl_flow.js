/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_FlowInputs */

const en_pl_flow = /** @type {(inputs: Pl_FlowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Since last review`)
};

const zh_cn2_pl_flow = /** @type {(inputs: Pl_FlowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自上次评审`)
};

/**
* | output |
* | --- |
* | "Since last review" |
*
* @param {Pl_FlowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow = /** @type {((inputs?: Pl_FlowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FlowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_flow(inputs)
	return en_pl_flow(inputs)
});