/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Flow_NewInputs */

const en_pl_flow_new = /** @type {(inputs: Pl_Flow_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`new`)
};

const zh_cn2_pl_flow_new = /** @type {(inputs: Pl_Flow_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增`)
};

/**
* | output |
* | --- |
* | "new" |
*
* @param {Pl_Flow_NewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_new = /** @type {((inputs?: Pl_Flow_NewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_NewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_flow_new(inputs)
	return en_pl_flow_new(inputs)
});