/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Hist_Key_Person_AddedInputs */

const en_hist_key_person_added = /** @type {(inputs: Hist_Key_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`key person ${i?.name} added`)
};

const zh_cn2_hist_key_person_added = /** @type {(inputs: Hist_Key_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新增关键人 ${i?.name}`)
};

/**
* | output |
* | --- |
* | "key person {name} added" |
*
* @param {Hist_Key_Person_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_key_person_added = /** @type {((inputs: Hist_Key_Person_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Key_Person_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_key_person_added(inputs)
	return en_hist_key_person_added(inputs)
});