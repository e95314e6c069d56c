/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_Copy_ReportInputs */

const en_block_copy_report = /** @type {(inputs: Block_Copy_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy a report`)
};

const zh_cn2_block_copy_report = /** @type {(inputs: Block_Copy_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`复制报告`)
};

/**
* | output |
* | --- |
* | "Copy a report" |
*
* @param {Block_Copy_ReportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_copy_report = /** @type {((inputs?: Block_Copy_ReportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_Copy_ReportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_copy_report(inputs)
	return en_block_copy_report(inputs)
});