/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Snapshot_SavedInputs */

const en_pl_snapshot_saved = /** @type {(inputs: Pl_Snapshot_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved. Later reviews can compare with it.`)
};

const zh_cn2_pl_snapshot_saved = /** @type {(inputs: Pl_Snapshot_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已保存,之后的评审可与之对比。`)
};

/**
* | output |
* | --- |
* | "Saved. Later reviews can compare with it." |
*
* @param {Pl_Snapshot_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_snapshot_saved = /** @type {((inputs?: Pl_Snapshot_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Snapshot_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_snapshot_saved(inputs)
	return en_pl_snapshot_saved(inputs)
});