/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Restore_Refused_FrozenInputs */

const en_hist_restore_refused_frozen = /** @type {(inputs: Hist_Restore_Refused_FrozenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This deal is closed: its history can be read, not restored.`)
};

const zh_cn2_hist_restore_refused_frozen = /** @type {(inputs: Hist_Restore_Refused_FrozenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此商机已关闭:历史可以查看,不能恢复。`)
};

/**
* | output |
* | --- |
* | "This deal is closed: its history can be read, not restored." |
*
* @param {Hist_Restore_Refused_FrozenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_refused_frozen = /** @type {((inputs?: Hist_Restore_Refused_FrozenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_Refused_FrozenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_restore_refused_frozen(inputs)
	return en_hist_restore_refused_frozen(inputs)
});