/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_AddedInputs */

const en_hist_person_added = /** @type {(inputs: Hist_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} added`)
};

const zh_cn2_hist_person_added = /** @type {(inputs: Hist_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新增 ${i?.name}`)
};

/**
* | output |
* | --- |
* | "{name} added" |
*
* @param {Hist_Person_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_person_added = /** @type {((inputs: Hist_Person_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Person_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_person_added(inputs)
	return en_hist_person_added(inputs)
});