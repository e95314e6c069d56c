/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_AddedInputs */

const en_hist_resource_added = /** @type {(inputs: Hist_Resource_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resource ${i?.who} added`)
};

const zh_cn2_hist_resource_added = /** @type {(inputs: Hist_Resource_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`添加了资源 ${i?.who}`)
};

/**
* | output |
* | --- |
* | "resource {who} added" |
*
* @param {Hist_Resource_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_resource_added = /** @type {((inputs: Hist_Resource_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Resource_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_resource_added(inputs)
	return en_hist_resource_added(inputs)
});