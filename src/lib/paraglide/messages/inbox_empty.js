/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inbox_EmptyInputs */

const en_inbox_empty = /** @type {(inputs: Inbox_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing here yet: mentions of you and replies to your threads show up here.`)
};

const zh_cn2_inbox_empty = /** @type {(inputs: Inbox_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暂无内容:提及你的评论和对你讨论的回复会显示在这里。`)
};

/**
* | output |
* | --- |
* | "Nothing here yet: mentions of you and replies to your threads show up here." |
*
* @param {Inbox_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_empty = /** @type {((inputs?: Inbox_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_inbox_empty(inputs)
	return en_inbox_empty(inputs)
});