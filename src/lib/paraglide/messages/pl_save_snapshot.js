/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Save_SnapshotInputs */

const en_pl_save_snapshot = /** @type {(inputs: Pl_Save_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save today's review`)
};

const zh_cn2_pl_save_snapshot = /** @type {(inputs: Pl_Save_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存今天的评审`)
};

/**
* | output |
* | --- |
* | "Save today's review" |
*
* @param {Pl_Save_SnapshotInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_save_snapshot = /** @type {((inputs?: Pl_Save_SnapshotInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Save_SnapshotInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_save_snapshot(inputs)
	return en_pl_save_snapshot(inputs)
});