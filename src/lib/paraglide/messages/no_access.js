/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} No_AccessInputs */

const en_no_access = /** @type {(inputs: No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You have no access to this deal. Ask its owner to add you.`)
};

const zh_cn2_no_access = /** @type {(inputs: No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你无权访问此商机,请联系负责人添加你。`)
};

/**
* | output |
* | --- |
* | "You have no access to this deal. Ask its owner to add you." |
*
* @param {No_AccessInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const no_access = /** @type {((inputs?: No_AccessInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_AccessInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_no_access(inputs)
	return en_no_access(inputs)
});