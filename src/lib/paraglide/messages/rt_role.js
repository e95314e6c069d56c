/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_RoleInputs */

const en_rt_role = /** @type {(inputs: Rt_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buying role`)
};

const zh_cn2_rt_role = /** @type {(inputs: Rt_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`决策角色`)
};

/**
* | output |
* | --- |
* | "Buying role" |
*
* @param {Rt_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_role = /** @type {((inputs?: Rt_RoleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_RoleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_role(inputs)
	return en_rt_role(inputs)
});