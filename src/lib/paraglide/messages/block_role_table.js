/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_Role_TableInputs */

const en_block_role_table = /** @type {(inputs: Block_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role analysis table`)
};

const zh_cn2_block_role_table = /** @type {(inputs: Block_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色进阶分析表`)
};

/**
* | output |
* | --- |
* | "Role analysis table" |
*
* @param {Block_Role_TableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_role_table = /** @type {((inputs?: Block_Role_TableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_Role_TableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_role_table(inputs)
	return en_block_role_table(inputs)
});