/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_CompetitionInputs */

const en_block_competition = /** @type {(inputs: Block_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competition`)
};

const zh_cn2_block_competition = /** @type {(inputs: Block_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争`)
};

/**
* | output |
* | --- |
* | "Competition" |
*
* @param {Block_CompetitionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_competition = /** @type {((inputs?: Block_CompetitionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_CompetitionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_competition(inputs)
	return en_block_competition(inputs)
});