/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_EmptyInputs */

const en_hist_empty = /** @type {(inputs: Hist_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No versions yet. The server keeps one a couple of minutes after edits stop, on every stage change and before every restore; editors can name one now.`)
};

const zh_cn2_hist_empty = /** @type {(inputs: Hist_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有版本。编辑停止几分钟后、每次阶段变化时以及每次恢复前,服务器都会保存一个版本;编辑者现在就可以命名一个版本。`)
};

/**
* | output |
* | --- |
* | "No versions yet. The server keeps one a couple of minutes after edits stop, on every stage change and before every restore; editors can name one now." |
*
* @param {Hist_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_empty = /** @type {((inputs?: Hist_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_empty(inputs)
	return en_hist_empty(inputs)
});