/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Copy_Local_VersionInputs */

const en_copy_local_version = /** @type {(inputs: Copy_Local_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy my version`)
};

const zh_cn2_copy_local_version = /** @type {(inputs: Copy_Local_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`复制我的版本`)
};

/**
* | output |
* | --- |
* | "Copy my version" |
*
* @param {Copy_Local_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const copy_local_version = /** @type {((inputs?: Copy_Local_VersionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Copy_Local_VersionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_copy_local_version(inputs)
	return en_copy_local_version(inputs)
});