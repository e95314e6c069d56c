/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ email: NonNullable<unknown> }} Reset_ForInputs */

const en_reset_for = /** @type {(inputs: Reset_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`For ${i?.email}. Every device signed in to this account will be signed out.`)
};

const zh_cn2_reset_for = /** @type {(inputs: Reset_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`账户：${i?.email}。所有已登录此账户的设备都将退出登录。`)
};

/**
* | output |
* | --- |
* | "For {email}. Every device signed in to this account will be signed out." |
*
* @param {Reset_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reset_for = /** @type {((inputs: Reset_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reset_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_reset_for(inputs)
	return en_reset_for(inputs)
});