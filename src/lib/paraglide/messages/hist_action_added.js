/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_AddedInputs */

const en_hist_action_added = /** @type {(inputs: Hist_Action_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} added`)
};

const zh_cn2_hist_action_added = /** @type {(inputs: Hist_Action_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新增行动 ${i?.text}`)
};

/**
* | output |
* | --- |
* | "action {text} added" |
*
* @param {Hist_Action_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_added = /** @type {((inputs: Hist_Action_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_action_added(inputs)
	return en_hist_action_added(inputs)
});