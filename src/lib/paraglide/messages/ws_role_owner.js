/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ws_Role_OwnerInputs */

const en_ws_role_owner = /** @type {(inputs: Ws_Role_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

const zh_cn2_ws_role_owner = /** @type {(inputs: Ws_Role_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有者`)
};

/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Ws_Role_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_role_owner = /** @type {((inputs?: Ws_Role_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_Role_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_ws_role_owner(inputs)
	return en_ws_role_owner(inputs)
});