/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Sync_Closed_ErrorInputs */

const en_sync_closed_error = /** @type {(inputs: Sync_Closed_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection was closed: ${i?.reason}`)
};

const zh_cn2_sync_closed_error = /** @type {(inputs: Sync_Closed_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`连接已关闭:${i?.reason}`)
};

/**
* | output |
* | --- |
* | "The connection was closed: {reason}" |
*
* @param {Sync_Closed_ErrorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_closed_error = /** @type {((inputs: Sync_Closed_ErrorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Closed_ErrorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sync_closed_error(inputs)
	return en_sync_closed_error(inputs)
});