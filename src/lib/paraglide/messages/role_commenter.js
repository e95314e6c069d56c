/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Role_CommenterInputs */

const en_role_commenter = /** @type {(inputs: Role_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commenter`)
};

const zh_cn2_role_commenter = /** @type {(inputs: Role_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论者`)
};

/**
* | output |
* | --- |
* | "Commenter" |
*
* @param {Role_CommenterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const role_commenter = /** @type {((inputs?: Role_CommenterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_CommenterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_role_commenter(inputs)
	return en_role_commenter(inputs)
});