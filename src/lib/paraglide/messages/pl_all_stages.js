/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_All_StagesInputs */

const en_pl_all_stages = /** @type {(inputs: Pl_All_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All stages`)
};

const zh_cn2_pl_all_stages = /** @type {(inputs: Pl_All_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有阶段`)
};

/**
* | output |
* | --- |
* | "All stages" |
*
* @param {Pl_All_StagesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_all_stages = /** @type {((inputs?: Pl_All_StagesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_All_StagesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_all_stages(inputs)
	return en_pl_all_stages(inputs)
});