/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Comp_Add_NamedInputs */

const en_comp_add_named = /** @type {(inputs: Comp_Add_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Add ${i?.name}`)
};

const zh_cn2_comp_add_named = /** @type {(inputs: Comp_Add_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`添加 ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Add {name}" |
*
* @param {Comp_Add_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_add_named = /** @type {((inputs: Comp_Add_NamedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_Add_NamedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_add_named(inputs)
	return en_comp_add_named(inputs)
});