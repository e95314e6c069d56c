/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_RemovedInputs */

const en_hist_person_removed = /** @type {(inputs: Hist_Person_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} removed`)
};

const zh_cn2_hist_person_removed = /** @type {(inputs: Hist_Person_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除 ${i?.name}`)
};

/**
* | output |
* | --- |
* | "{name} removed" |
*
* @param {Hist_Person_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_person_removed = /** @type {((inputs: Hist_Person_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Person_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_person_removed(inputs)
	return en_hist_person_removed(inputs)
});