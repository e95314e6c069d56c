/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_OpenInputs */

const en_nq_open = /** @type {(inputs: Nq_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nine questions`)
};

const zh_cn2_nq_open = /** @type {(inputs: Nq_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单九问`)
};

/**
* | output |
* | --- |
* | "Nine questions" |
*
* @param {Nq_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_open = /** @type {((inputs?: Nq_OpenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_OpenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_open(inputs)
	return en_nq_open(inputs)
});