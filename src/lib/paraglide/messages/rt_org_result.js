/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_Org_ResultInputs */

const en_rt_org_result = /** @type {(inputs: Rt_Org_ResultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organisational result`)
};

const zh_cn2_rt_org_result = /** @type {(inputs: Rt_Org_ResultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`组织结果`)
};

/**
* | output |
* | --- |
* | "Organisational result" |
*
* @param {Rt_Org_ResultInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_org_result = /** @type {((inputs?: Rt_Org_ResultInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Org_ResultInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_org_result(inputs)
	return en_rt_org_result(inputs)
});