/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_EmptyInputs */

const en_rt_empty = /** @type {(inputs: Rt_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nobody mapped yet. Add the people on the buying side.`)
};

const zh_cn2_rt_empty = /** @type {(inputs: Rt_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有人员。添加客户方的相关人员。`)
};

/**
* | output |
* | --- |
* | "Nobody mapped yet. Add the people on the buying side." |
*
* @param {Rt_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_empty = /** @type {((inputs?: Rt_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_empty(inputs)
	return en_rt_empty(inputs)
});