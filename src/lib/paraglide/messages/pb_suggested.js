/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_SuggestedInputs */

const en_pb_suggested = /** @type {(inputs: Pb_SuggestedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suggested move`)
};

const zh_cn2_pb_suggested = /** @type {(inputs: Pb_SuggestedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`建议动作`)
};

/**
* | output |
* | --- |
* | "Suggested move" |
*
* @param {Pb_SuggestedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_suggested = /** @type {((inputs?: Pb_SuggestedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_SuggestedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_suggested(inputs)
	return en_pb_suggested(inputs)
});