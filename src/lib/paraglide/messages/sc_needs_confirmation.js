/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_Needs_ConfirmationInputs */

const en_sc_needs_confirmation = /** @type {(inputs: Sc_Needs_ConfirmationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Counts only once the customer confirms`)
};

const zh_cn2_sc_needs_confirmation = /** @type {(inputs: Sc_Needs_ConfirmationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户确认后才算完成`)
};

/**
* | output |
* | --- |
* | "Counts only once the customer confirms" |
*
* @param {Sc_Needs_ConfirmationInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_needs_confirmation = /** @type {((inputs?: Sc_Needs_ConfirmationInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Needs_ConfirmationInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_needs_confirmation(inputs)
	return en_sc_needs_confirmation(inputs)
});