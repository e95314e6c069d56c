/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Hist_Blocks_ChangedInputs */

const en_hist_blocks_changed = /** @type {(inputs: Hist_Blocks_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`blocks changed: ${i?.count}`)
};

const zh_cn2_hist_blocks_changed = /** @type {(inputs: Hist_Blocks_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`改动的模块:${i?.count}`)
};

/**
* | output |
* | --- |
* | "blocks changed: {count}" |
*
* @param {Hist_Blocks_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_blocks_changed = /** @type {((inputs: Hist_Blocks_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Blocks_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_blocks_changed(inputs)
	return en_hist_blocks_changed(inputs)
});