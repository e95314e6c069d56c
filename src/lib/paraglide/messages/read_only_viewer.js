/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Read_Only_ViewerInputs */

const en_read_only_viewer = /** @type {(inputs: Read_Only_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can read this deal room, not edit it.`)
};

const zh_cn2_read_only_viewer = /** @type {(inputs: Read_Only_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以查看本作战室,但不能编辑。`)
};

/**
* | output |
* | --- |
* | "You can read this deal room, not edit it." |
*
* @param {Read_Only_ViewerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const read_only_viewer = /** @type {((inputs?: Read_Only_ViewerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Read_Only_ViewerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_read_only_viewer(inputs)
	return en_read_only_viewer(inputs)
});