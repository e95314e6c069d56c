/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pos_UrgencyInputs */

const en_pos_urgency = /** @type {(inputs: Pos_UrgencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Urgency`)
};

const zh_cn2_pos_urgency = /** @type {(inputs: Pos_UrgencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`紧急程度`)
};

/**
* | output |
* | --- |
* | "Urgency" |
*
* @param {Pos_UrgencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_urgency = /** @type {((inputs?: Pos_UrgencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_UrgencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pos_urgency(inputs)
	return en_pos_urgency(inputs)
});