/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Nine_TitleInputs */

const en_pl_nine_title = /** @type {(inputs: Pl_Nine_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nine questions answered (赢单九问)`)
};

const zh_cn2_pl_nine_title = /** @type {(inputs: Pl_Nine_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单九问已回答数`)
};

/**
* | output |
* | --- |
* | "Nine questions answered (赢单九问)" |
*
* @param {Pl_Nine_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_nine_title = /** @type {((inputs?: Pl_Nine_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Nine_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_nine_title(inputs)
	return en_pl_nine_title(inputs)
});