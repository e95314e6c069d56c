/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_TitleInputs */

const en_nq_title = /** @type {(inputs: Nq_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The nine questions 赢单九问`)
};

const zh_cn2_nq_title = /** @type {(inputs: Nq_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单九问`)
};

/**
* | output |
* | --- |
* | "The nine questions 赢单九问" |
*
* @param {Nq_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_title = /** @type {((inputs?: Nq_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_title(inputs)
	return en_nq_title(inputs)
});