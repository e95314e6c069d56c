/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_RevokedInputs */

const en_invite_revoked = /** @type {(inputs: Invite_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation was revoked.`)
};

const zh_cn2_invite_revoked = /** @type {(inputs: Invite_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请已被撤销。`)
};

/**
* | output |
* | --- |
* | "This invitation was revoked." |
*
* @param {Invite_RevokedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_revoked = /** @type {((inputs?: Invite_RevokedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_RevokedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_revoked(inputs)
	return en_invite_revoked(inputs)
});