/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_TargetInputs */

const en_pb_target = /** @type {(inputs: Pb_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pull back to`)
};

const zh_cn2_pb_target = /** @type {(inputs: Pb_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`拉回到`)
};

/**
* | output |
* | --- |
* | "Pull back to" |
*
* @param {Pb_TargetInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_target = /** @type {((inputs?: Pb_TargetInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_TargetInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_target(inputs)
	return en_pb_target(inputs)
});