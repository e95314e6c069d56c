/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reopen_DealInputs */

const en_reopen_deal = /** @type {(inputs: Reopen_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reopen`)
};

const zh_cn2_reopen_deal = /** @type {(inputs: Reopen_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新打开`)
};

/**
* | output |
* | --- |
* | "Reopen" |
*
* @param {Reopen_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reopen_deal = /** @type {((inputs?: Reopen_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reopen_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_reopen_deal(inputs)
	return en_reopen_deal(inputs)
});