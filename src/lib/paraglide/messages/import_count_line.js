/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ create: NonNullable<unknown>, update: NonNullable<unknown>, unchanged: NonNullable<unknown> }} Import_Count_LineInputs */

const en_import_count_line = /** @type {(inputs: Import_Count_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.create} new · ${i?.update} updated · ${i?.unchanged} unchanged`)
};

const zh_cn2_import_count_line = /** @type {(inputs: Import_Count_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新建 ${i?.create} · 更新 ${i?.update} · 不变 ${i?.unchanged}`)
};

/**
* | output |
* | --- |
* | "{create} new · {update} updated · {unchanged} unchanged" |
*
* @param {Import_Count_LineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_count_line = /** @type {((inputs: Import_Count_LineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Count_LineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_count_line(inputs)
	return en_import_count_line(inputs)
});