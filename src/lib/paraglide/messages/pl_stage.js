/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_StageInputs */

const en_pl_stage = /** @type {(inputs: Pl_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage`)
};

const zh_cn2_pl_stage = /** @type {(inputs: Pl_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段`)
};

/**
* | output |
* | --- |
* | "Stage" |
*
* @param {Pl_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_stage = /** @type {((inputs?: Pl_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_stage(inputs)
	return en_pl_stage(inputs)
});