/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_Log_EmptyInputs */

const en_profile_log_empty = /** @type {(inputs: Profile_Log_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No events yet.`)
};

const zh_cn2_profile_log_empty = /** @type {(inputs: Profile_Log_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有事件。`)
};

/**
* | output |
* | --- |
* | "No events yet." |
*
* @param {Profile_Log_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_log_empty = /** @type {((inputs?: Profile_Log_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Log_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_log_empty(inputs)
	return en_profile_log_empty(inputs)
});