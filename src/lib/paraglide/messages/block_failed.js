/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_FailedInputs */

const en_block_failed = /** @type {(inputs: Block_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This block could not be shown: its data is damaged. The rest of the deal works as usual; copy the report below and send it to whoever runs your deal rooms.`)
};

const zh_cn2_block_failed = /** @type {(inputs: Block_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此模块无法显示：其数据已损坏。商机的其他部分仍可正常使用；请复制下面的报告，发给负责维护的同事。`)
};

/**
* | output |
* | --- |
* | "This block could not be shown: its data is damaged. The rest of the deal works as usual; copy the report below and send it to whoever runs your deal rooms." |
*
* @param {Block_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_failed = /** @type {((inputs?: Block_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_failed(inputs)
	return en_block_failed(inputs)
});