/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ when: NonNullable<unknown> }} Account_Last_SeenInputs */

const en_account_last_seen = /** @type {(inputs: Account_Last_SeenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`last active ${i?.when}`)
};

const zh_cn2_account_last_seen = /** @type {(inputs: Account_Last_SeenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最近活动 ${i?.when}`)
};

/**
* | output |
* | --- |
* | "last active {when}" |
*
* @param {Account_Last_SeenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_last_seen = /** @type {((inputs: Account_Last_SeenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Last_SeenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_last_seen(inputs)
	return en_account_last_seen(inputs)
});