/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Only_Managers_AddInputs */

const en_only_managers_add = /** @type {(inputs: Only_Managers_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the deal owner, a workspace owner or a manager can change who is on this deal.`)
};

const zh_cn2_only_managers_add = /** @type {(inputs: Only_Managers_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有商机负责人、工作区所有者或经理可以调整商机成员。`)
};

/**
* | output |
* | --- |
* | "Only the deal owner, a workspace owner or a manager can change who is on this deal." |
*
* @param {Only_Managers_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const only_managers_add = /** @type {((inputs?: Only_Managers_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Only_Managers_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_only_managers_add(inputs)
	return en_only_managers_add(inputs)
});