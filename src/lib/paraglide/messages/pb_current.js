/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_CurrentInputs */

const en_pb_current = /** @type {(inputs: Pb_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where the buyer stands now`)
};

const zh_cn2_pb_current = /** @type {(inputs: Pb_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户当前位置(定位点)`)
};

/**
* | output |
* | --- |
* | "Where the buyer stands now" |
*
* @param {Pb_CurrentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_current = /** @type {((inputs?: Pb_CurrentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_CurrentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_current(inputs)
	return en_pb_current(inputs)
});