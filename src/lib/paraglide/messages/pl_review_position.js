/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Pl_Review_PositionInputs */

const en_pl_review_position = /** @type {(inputs: Pl_Review_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Deal ${i?.n} of ${i?.total}`)
};

const zh_cn2_pl_review_position = /** @type {(inputs: Pl_Review_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.n} / ${i?.total} 个商机`)
};

/**
* | output |
* | --- |
* | "Deal {n} of {total}" |
*
* @param {Pl_Review_PositionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_position = /** @type {((inputs: Pl_Review_PositionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_PositionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_review_position(inputs)
	return en_pl_review_position(inputs)
});