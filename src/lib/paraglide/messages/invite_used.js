/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_UsedInputs */

const en_invite_used = /** @type {(inputs: Invite_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation link has already been used.`)
};

const zh_cn2_invite_used = /** @type {(inputs: Invite_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请链接已被使用。`)
};

/**
* | output |
* | --- |
* | "This invitation link has already been used." |
*
* @param {Invite_UsedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_used = /** @type {((inputs?: Invite_UsedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_UsedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_used(inputs)
	return en_invite_used(inputs)
});