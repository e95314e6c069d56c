/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_Named_ElsewhereInputs */

const en_comp_named_elsewhere = /** @type {(inputs: Comp_Named_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Named in the pull-back plan or the workspace’s list:`)
};

const zh_cn2_comp_named_elsewhere = /** @type {(inputs: Comp_Named_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`向后拉计划或团队列表中提到:`)
};

/**
* | output |
* | --- |
* | "Named in the pull-back plan or the workspace’s list:" |
*
* @param {Comp_Named_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_named_elsewhere = /** @type {((inputs?: Comp_Named_ElsewhereInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_Named_ElsewhereInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_named_elsewhere(inputs)
	return en_comp_named_elsewhere(inputs)
});