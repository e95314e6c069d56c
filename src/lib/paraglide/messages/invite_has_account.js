/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Has_AccountInputs */

const en_invite_has_account = /** @type {(inputs: Invite_Has_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An account with this email already exists. Sign in to join instead.`)
};

const zh_cn2_invite_has_account = /** @type {(inputs: Invite_Has_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该邮箱已有账户。请登录后加入。`)
};

/**
* | output |
* | --- |
* | "An account with this email already exists. Sign in to join instead." |
*
* @param {Invite_Has_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_has_account = /** @type {((inputs?: Invite_Has_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Has_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_has_account(inputs)
	return en_invite_has_account(inputs)
});