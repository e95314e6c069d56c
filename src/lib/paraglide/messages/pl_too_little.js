/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Pl_Too_LittleInputs */

const en_pl_too_little = /** @type {(inputs: Pl_Too_LittleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`your rate (${i?.count} closed)`)
};

const zh_cn2_pl_too_little = /** @type {(inputs: Pl_Too_LittleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`设定值(仅 ${i?.count} 个已结束)`)
};

/**
* | output |
* | --- |
* | "your rate ({count} closed)" |
*
* @param {Pl_Too_LittleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_too_little = /** @type {((inputs: Pl_Too_LittleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Too_LittleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_too_little(inputs)
	return en_pl_too_little(inputs)
});