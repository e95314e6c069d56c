/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Inbox_ReplyInputs */

const en_inbox_reply = /** @type {(inputs: Inbox_ReplyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} replied`)
};

const zh_cn2_inbox_reply = /** @type {(inputs: Inbox_ReplyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 回复了`)
};

/**
* | output |
* | --- |
* | "{name} replied" |
*
* @param {Inbox_ReplyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_reply = /** @type {((inputs: Inbox_ReplyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_ReplyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_inbox_reply(inputs)
	return en_inbox_reply(inputs)
});