/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Add_MemberInputs */

const en_add_member = /** @type {(inputs: Add_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add to deal`)
};

const zh_cn2_add_member = /** @type {(inputs: Add_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加入商机`)
};

/**
* | output |
* | --- |
* | "Add to deal" |
*
* @param {Add_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const add_member = /** @type {((inputs?: Add_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Add_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_add_member(inputs)
	return en_add_member(inputs)
});