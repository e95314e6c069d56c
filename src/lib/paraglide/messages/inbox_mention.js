/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Inbox_MentionInputs */

const en_inbox_mention = /** @type {(inputs: Inbox_MentionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} mentioned you`)
};

const zh_cn2_inbox_mention = /** @type {(inputs: Inbox_MentionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 提及了你`)
};

/**
* | output |
* | --- |
* | "{name} mentioned you" |
*
* @param {Inbox_MentionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_mention = /** @type {((inputs: Inbox_MentionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_MentionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_inbox_mention(inputs)
	return en_inbox_mention(inputs)
});