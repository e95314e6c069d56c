/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_ExpiredInputs */

const en_invite_expired = /** @type {(inputs: Invite_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation link has expired.`)
};

const zh_cn2_invite_expired = /** @type {(inputs: Invite_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请链接已过期。`)
};

/**
* | output |
* | --- |
* | "This invitation link has expired." |
*
* @param {Invite_ExpiredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_expired = /** @type {((inputs?: Invite_ExpiredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_ExpiredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_expired(inputs)
	return en_invite_expired(inputs)
});