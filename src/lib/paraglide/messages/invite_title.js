/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ workspace: NonNullable<unknown> }} Invite_TitleInputs */

const en_invite_title = /** @type {(inputs: Invite_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Join ${i?.workspace}`)
};

const zh_cn2_invite_title = /** @type {(inputs: Invite_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`加入 ${i?.workspace}`)
};

/**
* | output |
* | --- |
* | "Join {workspace}" |
*
* @param {Invite_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_title = /** @type {((inputs: Invite_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_title(inputs)
	return en_invite_title(inputs)
});