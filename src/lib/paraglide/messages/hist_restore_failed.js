/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Hist_Restore_FailedInputs */

const en_hist_restore_failed = /** @type {(inputs: Hist_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The restore did not go through: ${i?.reason}`)
};

const zh_cn2_hist_restore_failed = /** @type {(inputs: Hist_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`恢复没有完成:${i?.reason}`)
};

/**
* | output |
* | --- |
* | "The restore did not go through: {reason}" |
*
* @param {Hist_Restore_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_failed = /** @type {((inputs: Hist_Restore_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_restore_failed(inputs)
	return en_hist_restore_failed(inputs)
});