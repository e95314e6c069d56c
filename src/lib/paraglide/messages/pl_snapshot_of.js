/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ when: NonNullable<unknown>, name: NonNullable<unknown> }} Pl_Snapshot_OfInputs */

const en_pl_snapshot_of = /** @type {(inputs: Pl_Snapshot_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Review of ${i?.when} (${i?.name})`)
};

const zh_cn2_pl_snapshot_of = /** @type {(inputs: Pl_Snapshot_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} 的评审(${i?.name})`)
};

/**
* | output |
* | --- |
* | "Review of {when} ({name})" |
*
* @param {Pl_Snapshot_OfInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_snapshot_of = /** @type {((inputs: Pl_Snapshot_OfInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Snapshot_OfInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_snapshot_of(inputs)
	return en_pl_snapshot_of(inputs)
});