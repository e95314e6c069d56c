/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Win_Rates_HelpInputs */

const en_pl_win_rates_help = /** @type {(inputs: Pl_Win_Rates_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From your won and lost deals that reached each stage. With fewer than 5 closed deals behind a stage, your own rate is used.`)
};

const zh_cn2_pl_win_rates_help = /** @type {(inputs: Pl_Win_Rates_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`根据到达各阶段的赢单和丢单计算。某阶段已结束项目少于 5 个时,使用你们自己设定的赢率。`)
};

/**
* | output |
* | --- |
* | "From your won and lost deals that reached each stage. With fewer than 5 closed deals behind a stage, your own rate is used." |
*
* @param {Pl_Win_Rates_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_win_rates_help = /** @type {((inputs?: Pl_Win_Rates_HelpInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Win_Rates_HelpInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_win_rates_help(inputs)
	return en_pl_win_rates_help(inputs)
});