/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Save_UnconfirmedInputs */

const en_save_unconfirmed = /** @type {(inputs: Save_UnconfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not yet confirmed by the server`)
};

const zh_cn2_save_unconfirmed = /** @type {(inputs: Save_UnconfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未经服务器确认`)
};

/**
* | output |
* | --- |
* | "Not yet confirmed by the server" |
*
* @param {Save_UnconfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_unconfirmed = /** @type {((inputs?: Save_UnconfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_UnconfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_save_unconfirmed(inputs)
	return en_save_unconfirmed(inputs)
});