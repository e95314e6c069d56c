/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_AskInputs */

const en_invite_ask = /** @type {(inputs: Invite_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask the person who invited you to send a new invitation.`)
};

const zh_cn2_invite_ask = /** @type {(inputs: Invite_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请联系邀请你的人重新发送邀请。`)
};

/**
* | output |
* | --- |
* | "Ask the person who invited you to send a new invitation." |
*
* @param {Invite_AskInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_ask = /** @type {((inputs?: Invite_AskInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_AskInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_ask(inputs)
	return en_invite_ask(inputs)
});