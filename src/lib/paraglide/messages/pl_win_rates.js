/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Win_RatesInputs */

const en_pl_win_rates = /** @type {(inputs: Pl_Win_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage win rates`)
};

const zh_cn2_pl_win_rates = /** @type {(inputs: Pl_Win_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段赢率(斜率)`)
};

/**
* | output |
* | --- |
* | "Stage win rates" |
*
* @param {Pl_Win_RatesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_win_rates = /** @type {((inputs?: Pl_Win_RatesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Win_RatesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_win_rates(inputs)
	return en_pl_win_rates(inputs)
});