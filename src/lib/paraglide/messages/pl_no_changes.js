/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_No_ChangesInputs */

const en_pl_no_changes = /** @type {(inputs: Pl_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing moved since that review.`)
};

const zh_cn2_pl_no_changes = /** @type {(inputs: Pl_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自那次评审以来没有变化。`)
};

/**
* | output |
* | --- |
* | "Nothing moved since that review." |
*
* @param {Pl_No_ChangesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_no_changes = /** @type {((inputs?: Pl_No_ChangesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_No_ChangesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_no_changes(inputs)
	return en_pl_no_changes(inputs)
});