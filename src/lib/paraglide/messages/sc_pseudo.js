/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ missing: NonNullable<unknown> }} Sc_PseudoInputs */

const en_sc_pseudo = /** @type {(inputs: Sc_PseudoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pseudo-opportunity: missing ${i?.missing}.`)
};

const zh_cn2_sc_pseudo = /** @type {(inputs: Sc_PseudoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`伪商机:缺少${i?.missing}。`)
};

/**
* | output |
* | --- |
* | "Pseudo-opportunity: missing {missing}." |
*
* @param {Sc_PseudoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_pseudo = /** @type {((inputs: Sc_PseudoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_PseudoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_pseudo(inputs)
	return en_sc_pseudo(inputs)
});