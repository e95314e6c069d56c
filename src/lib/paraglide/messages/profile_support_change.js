/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown>, deal: NonNullable<unknown> }} Profile_Support_ChangeInputs */

const en_profile_support_change = /** @type {(inputs: Profile_Support_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}: support ${i?.from} → ${i?.to} (${i?.deal})`)
};

const zh_cn2_profile_support_change = /** @type {(inputs: Profile_Support_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}:支持度 ${i?.from} → ${i?.to}(${i?.deal})`)
};

/**
* | output |
* | --- |
* | "{name}: support {from} → {to} ({deal})" |
*
* @param {Profile_Support_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_support_change = /** @type {((inputs: Profile_Support_ChangeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Support_ChangeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_support_change(inputs)
	return en_profile_support_change(inputs)
});