/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_ActionsInputs */

const en_pb_actions = /** @type {(inputs: Pb_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Action items`)
};

const zh_cn2_pb_actions = /** @type {(inputs: Pb_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`行动计划`)
};

/**
* | output |
* | --- |
* | "Action items" |
*
* @param {Pb_ActionsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_actions = /** @type {((inputs?: Pb_ActionsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_ActionsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_actions(inputs)
	return en_pb_actions(inputs)
});