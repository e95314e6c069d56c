/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hm_By_ChangeInputs */

const en_hm_by_change = /** @type {(inputs: Hm_By_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By change`)
};

const zh_cn2_hm_by_change = /** @type {(inputs: Hm_By_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按变更`)
};

/**
* | output |
* | --- |
* | "By change" |
*
* @param {Hm_By_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_by_change = /** @type {((inputs?: Hm_By_ChangeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_By_ChangeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hm_by_change(inputs)
	return en_hm_by_change(inputs)
});