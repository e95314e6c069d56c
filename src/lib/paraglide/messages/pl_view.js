/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_ViewInputs */

const en_pl_view = /** @type {(inputs: Pl_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`View`)
};

const zh_cn2_pl_view = /** @type {(inputs: Pl_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`视图`)
};

/**
* | output |
* | --- |
* | "View" |
*
* @param {Pl_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_view = /** @type {((inputs?: Pl_ViewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_ViewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_view(inputs)
	return en_pl_view(inputs)
});