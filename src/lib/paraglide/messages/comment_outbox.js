/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Comment_OutboxInputs */

const en_comment_outbox = /** @type {(inputs: Comment_OutboxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} waiting to send`)
};

const zh_cn2_comment_outbox = /** @type {(inputs: Comment_OutboxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 条等待发送`)
};

/**
* | output |
* | --- |
* | "{count} waiting to send" |
*
* @param {Comment_OutboxInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_outbox = /** @type {((inputs: Comment_OutboxInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_OutboxInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_outbox(inputs)
	return en_comment_outbox(inputs)
});