/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Stage_WonInputs */

const en_import_stage_won = /** @type {(inputs: Import_Stage_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Won (order confirmed)`)
};

const zh_cn2_import_stage_won = /** @type {(inputs: Import_Stage_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单(订单确认)`)
};

/**
* | output |
* | --- |
* | "Won (order confirmed)" |
*
* @param {Import_Stage_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_won = /** @type {((inputs?: Import_Stage_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_stage_won(inputs)
	return en_import_stage_won(inputs)
});