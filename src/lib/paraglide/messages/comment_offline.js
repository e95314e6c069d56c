/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_OfflineInputs */

const en_comment_offline = /** @type {(inputs: Comment_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are offline. New comments are kept on this device and sent when you reconnect; editing, deleting and resolving need a connection.`)
};

const zh_cn2_comment_offline = /** @type {(inputs: Comment_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前离线。新评论保存在本设备,联网后自动发送;编辑、删除和解决需要联网。`)
};

/**
* | output |
* | --- |
* | "You are offline. New comments are kept on this device and sent when you reconnect; editing, deleting and resolving need a connection." |
*
* @param {Comment_OfflineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_offline = /** @type {((inputs?: Comment_OfflineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_OfflineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_offline(inputs)
	return en_comment_offline(inputs)
});