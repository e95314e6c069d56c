/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_EmptyInputs */

const en_res_empty = /** @type {(inputs: Res_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No resources planned yet. Who could help win this deal: an expert, our executive, a partner, a reference customer?`)
};

const zh_cn2_res_empty = /** @type {(inputs: Res_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有资源计划。谁能帮我们赢下这一单:专家、高管、合作伙伴、样板客户?`)
};

/**
* | output |
* | --- |
* | "No resources planned yet. Who could help win this deal: an expert, our executive, a partner, a reference customer?" |
*
* @param {Res_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_empty = /** @type {((inputs?: Res_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_empty(inputs)
	return en_res_empty(inputs)
});