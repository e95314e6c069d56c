/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Role_ViewerInputs */

const en_role_viewer = /** @type {(inputs: Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viewer`)
};

const zh_cn2_role_viewer = /** @type {(inputs: Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`查看者`)
};

/**
* | output |
* | --- |
* | "Viewer" |
*
* @param {Role_ViewerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const role_viewer = /** @type {((inputs?: Role_ViewerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_ViewerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_role_viewer(inputs)
	return en_role_viewer(inputs)
});