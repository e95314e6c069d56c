/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Pl_From_HistoryInputs */

const en_pl_from_history = /** @type {(inputs: Pl_From_HistoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`history, ${i?.count} closed`)
};

const zh_cn2_pl_from_history = /** @type {(inputs: Pl_From_HistoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`历史数据,${i?.count} 个已结束`)
};

/**
* | output |
* | --- |
* | "history, {count} closed" |
*
* @param {Pl_From_HistoryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_from_history = /** @type {((inputs: Pl_From_HistoryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_From_HistoryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_from_history(inputs)
	return en_pl_from_history(inputs)
});