/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Inbox_UnreadInputs */

const en_inbox_unread = /** @type {(inputs: Inbox_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} unread`)
};

const zh_cn2_inbox_unread = /** @type {(inputs: Inbox_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 条未读`)
};

/**
* | output |
* | --- |
* | "{count} unread" |
*
* @param {Inbox_UnreadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_unread = /** @type {((inputs: Inbox_UnreadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_UnreadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_inbox_unread(inputs)
	return en_inbox_unread(inputs)
});