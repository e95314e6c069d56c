/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ inviter: NonNullable<unknown>, role: NonNullable<unknown> }} Invite_FromInputs */

const en_invite_from = /** @type {(inputs: Invite_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} invited you as ${i?.role}.`)
};

const zh_cn2_invite_from = /** @type {(inputs: Invite_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} 邀请你以${i?.role}身份加入。`)
};

/**
* | output |
* | --- |
* | "{inviter} invited you as {role}." |
*
* @param {Invite_FromInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_from = /** @type {((inputs: Invite_FromInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_FromInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_from(inputs)
	return en_invite_from(inputs)
});