/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Only_Managers_ReopenInputs */

const en_only_managers_reopen = /** @type {(inputs: Only_Managers_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a workspace owner or manager can reopen a closed deal.`)
};

const zh_cn2_only_managers_reopen = /** @type {(inputs: Only_Managers_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有工作区所有者或经理可以重新打开已关闭的商机。`)
};

/**
* | output |
* | --- |
* | "Only a workspace owner or manager can reopen a closed deal." |
*
* @param {Only_Managers_ReopenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const only_managers_reopen = /** @type {((inputs?: Only_Managers_ReopenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Only_Managers_ReopenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_only_managers_reopen(inputs)
	return en_only_managers_reopen(inputs)
});