/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_Key_PeopleInputs */

const en_pb_key_people = /** @type {(inputs: Pb_Key_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Key people to meet`)
};

const zh_cn2_pb_key_people = /** @type {(inputs: Pb_Key_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`需要拜访的关键人`)
};

/**
* | output |
* | --- |
* | "Key people to meet" |
*
* @param {Pb_Key_PeopleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_key_people = /** @type {((inputs?: Pb_Key_PeopleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Key_PeopleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_key_people(inputs)
	return en_pb_key_people(inputs)
});