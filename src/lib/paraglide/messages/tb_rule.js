/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_RuleInputs */

const en_tb_rule = /** @type {(inputs: Tb_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Divider`)
};

const zh_cn2_tb_rule = /** @type {(inputs: Tb_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分隔线`)
};

/**
* | output |
* | --- |
* | "Divider" |
*
* @param {Tb_RuleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_rule = /** @type {((inputs?: Tb_RuleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_RuleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_rule(inputs)
	return en_tb_rule(inputs)
});