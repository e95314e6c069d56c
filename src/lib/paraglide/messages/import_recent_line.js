/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ rows: NonNullable<unknown>, by: NonNullable<unknown>, when: NonNullable<unknown> }} Import_Recent_LineInputs */

const en_import_recent_line = /** @type {(inputs: Import_Recent_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} rows · ${i?.by} · ${i?.when}`)
};

const zh_cn2_import_recent_line = /** @type {(inputs: Import_Recent_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} 行 · ${i?.by} · ${i?.when}`)
};

/**
* | output |
* | --- |
* | "{rows} rows · {by} · {when}" |
*
* @param {Import_Recent_LineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_recent_line = /** @type {((inputs: Import_Recent_LineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Recent_LineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_recent_line(inputs)
	return en_import_recent_line(inputs)
});