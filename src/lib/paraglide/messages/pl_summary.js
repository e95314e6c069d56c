/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, amount: NonNullable<unknown>, weighted: NonNullable<unknown> }} Pl_SummaryInputs */

const en_pl_summary = /** @type {(inputs: Pl_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} open deals · ${i?.amount} · weighted ${i?.weighted}`)
};

const zh_cn2_pl_summary = /** @type {(inputs: Pl_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 个进行中项目 · ${i?.amount} · 加权 ${i?.weighted}`)
};

/**
* | output |
* | --- |
* | "{count} open deals · {amount} · weighted {weighted}" |
*
* @param {Pl_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_summary = /** @type {((inputs: Pl_SummaryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_SummaryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_summary(inputs)
	return en_pl_summary(inputs)
});