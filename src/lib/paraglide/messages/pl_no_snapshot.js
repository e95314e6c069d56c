/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_No_SnapshotInputs */

const en_pl_no_snapshot = /** @type {(inputs: Pl_No_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No review saved yet. A manager saves one at each review; the next review shows what moved.`)
};

const zh_cn2_pl_no_snapshot = /** @type {(inputs: Pl_No_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有保存的评审。经理在每次评审时保存,下次评审即可看到变化。`)
};

/**
* | output |
* | --- |
* | "No review saved yet. A manager saves one at each review; the next review shows what moved." |
*
* @param {Pl_No_SnapshotInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_no_snapshot = /** @type {((inputs?: Pl_No_SnapshotInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_No_SnapshotInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_no_snapshot(inputs)
	return en_pl_no_snapshot(inputs)
});