/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Read_Only_CommenterInputs */

const en_read_only_commenter = /** @type {(inputs: Read_Only_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can read and comment on this deal room, not edit it.`)
};

const zh_cn2_read_only_commenter = /** @type {(inputs: Read_Only_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以查看和评论本作战室,但不能编辑。`)
};

/**
* | output |
* | --- |
* | "You can read and comment on this deal room, not edit it." |
*
* @param {Read_Only_CommenterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const read_only_commenter = /** @type {((inputs?: Read_Only_CommenterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Read_Only_CommenterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_read_only_commenter(inputs)
	return en_read_only_commenter(inputs)
});