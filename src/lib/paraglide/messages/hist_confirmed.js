/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ item: NonNullable<unknown> }} Hist_ConfirmedInputs */

const en_hist_confirmed = /** @type {(inputs: Hist_ConfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} confirmed by the customer`)
};

const zh_cn2_hist_confirmed = /** @type {(inputs: Hist_ConfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:客户已确认 ${i?.item}`)
};

/**
* | output |
* | --- |
* | "checklist: {item} confirmed by the customer" |
*
* @param {Hist_ConfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_confirmed = /** @type {((inputs: Hist_ConfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_ConfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_confirmed(inputs)
	return en_hist_confirmed(inputs)
});