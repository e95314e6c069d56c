/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_ChangedInputs */

const en_hist_resource_changed = /** @type {(inputs: Hist_Resource_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resource ${i?.who} changed`)
};

const zh_cn2_hist_resource_changed = /** @type {(inputs: Hist_Resource_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`修改了资源 ${i?.who}`)
};

/**
* | output |
* | --- |
* | "resource {who} changed" |
*
* @param {Hist_Resource_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_resource_changed = /** @type {((inputs: Hist_Resource_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Resource_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_resource_changed(inputs)
	return en_hist_resource_changed(inputs)
});