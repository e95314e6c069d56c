/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_No_Role_TableInputs */

const en_pb_no_role_table = /** @type {(inputs: Pb_No_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add people to the role analysis table to pick key people.`)
};

const zh_cn2_pb_no_role_table = /** @type {(inputs: Pb_No_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`先在角色进阶分析表中添加人员。`)
};

/**
* | output |
* | --- |
* | "Add people to the role analysis table to pick key people." |
*
* @param {Pb_No_Role_TableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_no_role_table = /** @type {((inputs?: Pb_No_Role_TableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_No_Role_TableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_no_role_table(inputs)
	return en_pb_no_role_table(inputs)
});