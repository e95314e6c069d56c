/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_Add_PersonInputs */

const en_pb_add_person = /** @type {(inputs: Pb_Add_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a person from the role table`)
};

const zh_cn2_pb_add_person = /** @type {(inputs: Pb_Add_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从角色表添加人员`)
};

/**
* | output |
* | --- |
* | "Add a person from the role table" |
*
* @param {Pb_Add_PersonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_add_person = /** @type {((inputs?: Pb_Add_PersonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Add_PersonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_add_person(inputs)
	return en_pb_add_person(inputs)
});