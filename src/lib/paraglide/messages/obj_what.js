/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Obj_WhatInputs */

const en_obj_what = /** @type {(inputs: Obj_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

const zh_cn2_obj_what = /** @type {(inputs: Obj_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`产品/服务`)
};

/**
* | output |
* | --- |
* | "What" |
*
* @param {Obj_WhatInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_what = /** @type {((inputs?: Obj_WhatInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_WhatInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_obj_what(inputs)
	return en_obj_what(inputs)
});