/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sync_Closed_ForbiddenInputs */

const en_sync_closed_forbidden = /** @type {(inputs: Sync_Closed_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You no longer have access to this deal.`)
};

const zh_cn2_sync_closed_forbidden = /** @type {(inputs: Sync_Closed_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你已无权访问此商机。`)
};

/**
* | output |
* | --- |
* | "You no longer have access to this deal." |
*
* @param {Sync_Closed_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_closed_forbidden = /** @type {((inputs?: Sync_Closed_ForbiddenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Closed_ForbiddenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sync_closed_forbidden(inputs)
	return en_sync_closed_forbidden(inputs)
});