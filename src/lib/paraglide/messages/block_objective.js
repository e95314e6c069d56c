/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_ObjectiveInputs */

const en_block_objective = /** @type {(inputs: Block_ObjectiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Single sales objective`)
};

const zh_cn2_block_objective = /** @type {(inputs: Block_ObjectiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`单一销售目标`)
};

/**
* | output |
* | --- |
* | "Single sales objective" |
*
* @param {Block_ObjectiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_objective = /** @type {((inputs?: Block_ObjectiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_ObjectiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_objective(inputs)
	return en_block_objective(inputs)
});