/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_Add_ActionInputs */

const en_pb_add_action = /** @type {(inputs: Pb_Add_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add action`)
};

const zh_cn2_pb_add_action = /** @type {(inputs: Pb_Add_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加行动`)
};

/**
* | output |
* | --- |
* | "Add action" |
*
* @param {Pb_Add_ActionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_add_action = /** @type {((inputs?: Pb_Add_ActionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Add_ActionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_add_action(inputs)
	return en_pb_add_action(inputs)
});