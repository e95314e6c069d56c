/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_DoneInputs */

const en_hist_action_done = /** @type {(inputs: Hist_Action_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} done`)
};

const zh_cn2_hist_action_done = /** @type {(inputs: Hist_Action_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`行动 ${i?.text} 已完成`)
};

/**
* | output |
* | --- |
* | "action {text} done" |
*
* @param {Hist_Action_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_done = /** @type {((inputs: Hist_Action_DoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_DoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_action_done(inputs)
	return en_hist_action_done(inputs)
});