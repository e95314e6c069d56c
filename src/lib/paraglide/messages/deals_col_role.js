/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_RoleInputs */

const en_deals_col_role = /** @type {(inputs: Deals_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role`)
};

const zh_cn2_deals_col_role = /** @type {(inputs: Deals_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我的权限`)
};

/**
* | output |
* | --- |
* | "Your role" |
*
* @param {Deals_Col_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_role = /** @type {((inputs?: Deals_Col_RoleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_RoleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_role(inputs)
	return en_deals_col_role(inputs)
});