/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Role_EditorInputs */

const en_role_editor = /** @type {(inputs: Role_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Editor`)
};

const zh_cn2_role_editor = /** @type {(inputs: Role_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`编辑者`)
};

/**
* | output |
* | --- |
* | "Editor" |
*
* @param {Role_EditorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const role_editor = /** @type {((inputs?: Role_EditorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_EditorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_role_editor(inputs)
	return en_role_editor(inputs)
});