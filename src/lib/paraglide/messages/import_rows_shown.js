/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Import_Rows_ShownInputs */

const en_import_rows_shown = /** @type {(inputs: Import_Rows_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The first rows and those with problems are shown (${i?.shown} of ${i?.total}).`)
};

const zh_cn2_import_rows_shown = /** @type {(inputs: Import_Rows_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`显示前面的行和有问题的行(${i?.shown} / ${i?.total})。`)
};

/**
* | output |
* | --- |
* | "The first rows and those with problems are shown ({shown} of {total})." |
*
* @param {Import_Rows_ShownInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_rows_shown = /** @type {((inputs: Import_Rows_ShownInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Rows_ShownInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_rows_shown(inputs)
	return en_import_rows_shown(inputs)
});