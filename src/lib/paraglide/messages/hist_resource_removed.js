/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_RemovedInputs */

const en_hist_resource_removed = /** @type {(inputs: Hist_Resource_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resource ${i?.who} removed`)
};

const zh_cn2_hist_resource_removed = /** @type {(inputs: Hist_Resource_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除了资源 ${i?.who}`)
};

/**
* | output |
* | --- |
* | "resource {who} removed" |
*
* @param {Hist_Resource_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_resource_removed = /** @type {((inputs: Hist_Resource_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Resource_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_resource_removed(inputs)
	return en_hist_resource_removed(inputs)
});