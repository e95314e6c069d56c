/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_ReopenedInputs */

const en_hist_action_reopened = /** @type {(inputs: Hist_Action_ReopenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} reopened`)
};

const zh_cn2_hist_action_reopened = /** @type {(inputs: Hist_Action_ReopenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`行动 ${i?.text} 重新打开`)
};

/**
* | output |
* | --- |
* | "action {text} reopened" |
*
* @param {Hist_Action_ReopenedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_reopened = /** @type {((inputs: Hist_Action_ReopenedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_ReopenedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_action_reopened(inputs)
	return en_hist_action_reopened(inputs)
});