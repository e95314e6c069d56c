/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_NotesInputs */

const en_comp_notes = /** @type {(inputs: Comp_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes`)
};

const zh_cn2_comp_notes = /** @type {(inputs: Comp_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`备注`)
};

/**
* | output |
* | --- |
* | "Notes" |
*
* @param {Comp_NotesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_notes = /** @type {((inputs?: Comp_NotesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_NotesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_notes(inputs)
	return en_comp_notes(inputs)
});