/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_Buyer_TrackInputs */

const en_sc_buyer_track = /** @type {(inputs: Sc_Buyer_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How the customer buys`)
};

const zh_cn2_sc_buyer_track = /** @type {(inputs: Sc_Buyer_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户采购阶段`)
};

/**
* | output |
* | --- |
* | "How the customer buys" |
*
* @param {Sc_Buyer_TrackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_buyer_track = /** @type {((inputs?: Sc_Buyer_TrackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Buyer_TrackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_buyer_track(inputs)
	return en_sc_buyer_track(inputs)
});