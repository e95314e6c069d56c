/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_RedoInputs */

const en_tb_redo = /** @type {(inputs: Tb_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redo`)
};

const zh_cn2_tb_redo = /** @type {(inputs: Tb_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重做`)
};

/**
* | output |
* | --- |
* | "Redo" |
*
* @param {Tb_RedoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_redo = /** @type {((inputs?: Tb_RedoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_RedoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_redo(inputs)
	return en_tb_redo(inputs)
});