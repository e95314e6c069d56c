/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ws_Role_ManagerInputs */

const en_ws_role_manager = /** @type {(inputs: Ws_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Manager`)
};

const zh_cn2_ws_role_manager = /** @type {(inputs: Ws_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`经理`)
};

/**
* | output |
* | --- |
* | "Manager" |
*
* @param {Ws_Role_ManagerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_role_manager = /** @type {((inputs?: Ws_Role_ManagerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_Role_ManagerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_ws_role_manager(inputs)
	return en_ws_role_manager(inputs)
});