/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_Next_ActionInputs */

const en_rt_next_action = /** @type {(inputs: Rt_Next_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next action`)
};

const zh_cn2_rt_next_action = /** @type {(inputs: Rt_Next_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`补救措施`)
};

/**
* | output |
* | --- |
* | "Next action" |
*
* @param {Rt_Next_ActionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_next_action = /** @type {((inputs?: Rt_Next_ActionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Next_ActionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_next_action(inputs)
	return en_rt_next_action(inputs)
});