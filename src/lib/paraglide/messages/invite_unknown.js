/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_UnknownInputs */

const en_invite_unknown = /** @type {(inputs: Invite_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation link is not valid. Check that you copied all of it.`)
};

const zh_cn2_invite_unknown = /** @type {(inputs: Invite_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请链接无效。请确认链接已完整复制。`)
};

/**
* | output |
* | --- |
* | "This invitation link is not valid. Check that you copied all of it." |
*
* @param {Invite_UnknownInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_unknown = /** @type {((inputs?: Invite_UnknownInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_UnknownInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_unknown(inputs)
	return en_invite_unknown(inputs)
});