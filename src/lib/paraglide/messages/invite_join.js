/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ workspace: NonNullable<unknown> }} Invite_JoinInputs */

const en_invite_join = /** @type {(inputs: Invite_JoinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Join ${i?.workspace}`)
};

const zh_cn2_invite_join = /** @type {(inputs: Invite_JoinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`加入 ${i?.workspace}`)
};

/**
* | output |
* | --- |
* | "Join {workspace}" |
*
* @param {Invite_JoinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_join = /** @type {((inputs: Invite_JoinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_JoinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_join(inputs)
	return en_invite_join(inputs)
});