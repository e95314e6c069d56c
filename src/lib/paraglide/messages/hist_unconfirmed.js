/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ item: NonNullable<unknown> }} Hist_UnconfirmedInputs */

const en_hist_unconfirmed = /** @type {(inputs: Hist_UnconfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} no longer confirmed by the customer`)
};

const zh_cn2_hist_unconfirmed = /** @type {(inputs: Hist_UnconfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:${i?.item} 不再是客户确认`)
};

/**
* | output |
* | --- |
* | "checklist: {item} no longer confirmed by the customer" |
*
* @param {Hist_UnconfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_unconfirmed = /** @type {((inputs: Hist_UnconfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_UnconfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_unconfirmed(inputs)
	return en_hist_unconfirmed(inputs)
});