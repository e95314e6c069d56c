/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Pl_Ch_Questions_DetailInputs */

const en_pl_ch_questions_detail = /** @type {(inputs: Pl_Ch_Questions_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to} answered since the last review`)
};

const zh_cn2_pl_ch_questions_detail = /** @type {(inputs: Pl_Ch_Questions_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`自上次复盘以来已回答 ${i?.from} → ${i?.to}`)
};

/**
* | output |
* | --- |
* | "{from} → {to} answered since the last review" |
*
* @param {Pl_Ch_Questions_DetailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_questions_detail = /** @type {((inputs: Pl_Ch_Questions_DetailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_Questions_DetailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_questions_detail(inputs)
	return en_pl_ch_questions_detail(inputs)
});