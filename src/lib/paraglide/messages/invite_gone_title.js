/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Gone_TitleInputs */

const en_invite_gone_title = /** @type {(inputs: Invite_Gone_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation cannot be used`)
};

const zh_cn2_invite_gone_title = /** @type {(inputs: Invite_Gone_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请无法使用`)
};

/**
* | output |
* | --- |
* | "This invitation cannot be used" |
*
* @param {Invite_Gone_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_gone_title = /** @type {((inputs?: Invite_Gone_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Gone_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_gone_title(inputs)
	return en_invite_gone_title(inputs)
});