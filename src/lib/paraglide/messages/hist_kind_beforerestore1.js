/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Kind_Beforerestore1Inputs */

const en_hist_kind_beforerestore1 = /** @type {(inputs: Hist_Kind_Beforerestore1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before a restore`)
};

const zh_cn2_hist_kind_beforerestore1 = /** @type {(inputs: Hist_Kind_Beforerestore1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`恢复之前`)
};

/**
* | output |
* | --- |
* | "Before a restore" |
*
* @param {Hist_Kind_Beforerestore1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const hist_kind_beforerestore1 = /** @type {((inputs?: Hist_Kind_Beforerestore1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_Beforerestore1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_kind_beforerestore1(inputs)
	return en_hist_kind_beforerestore1(inputs)
});
export { hist_kind_beforerestore1 as "hist_kind_beforeRestore" }