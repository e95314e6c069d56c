/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_RemovedInputs */

const en_hist_action_removed = /** @type {(inputs: Hist_Action_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} removed`)
};

const zh_cn2_hist_action_removed = /** @type {(inputs: Hist_Action_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除行动 ${i?.text}`)
};

/**
* | output |
* | --- |
* | "action {text} removed" |
*
* @param {Hist_Action_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_removed = /** @type {((inputs: Hist_Action_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_action_removed(inputs)
	return en_hist_action_removed(inputs)
});