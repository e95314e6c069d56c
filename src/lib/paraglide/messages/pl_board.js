/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_BoardInputs */

const en_pl_board = /** @type {(inputs: Pl_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Board`)
};

const zh_cn2_pl_board = /** @type {(inputs: Pl_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`看板`)
};

/**
* | output |
* | --- |
* | "Board" |
*
* @param {Pl_BoardInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_board = /** @type {((inputs?: Pl_BoardInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_BoardInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_board(inputs)
	return en_pl_board(inputs)
});