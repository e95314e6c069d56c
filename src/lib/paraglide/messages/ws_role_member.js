/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ws_Role_MemberInputs */

const en_ws_role_member = /** @type {(inputs: Ws_Role_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Member`)
};

const zh_cn2_ws_role_member = /** @type {(inputs: Ws_Role_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`成员`)
};

/**
* | output |
* | --- |
* | "Member" |
*
* @param {Ws_Role_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_role_member = /** @type {((inputs?: Ws_Role_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_Role_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_ws_role_member(inputs)
	return en_ws_role_member(inputs)
});