/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Save_UnsavedInputs */

const en_save_unsaved = /** @type {(inputs: Save_UnsavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} changes not yet saved`)
};

const zh_cn2_save_unsaved = /** @type {(inputs: Save_UnsavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 处修改尚未保存`)
};

/**
* | output |
* | --- |
* | "{count} changes not yet saved" |
*
* @param {Save_UnsavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_unsaved = /** @type {((inputs: Save_UnsavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_UnsavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_save_unsaved(inputs)
	return en_save_unsaved(inputs)
});