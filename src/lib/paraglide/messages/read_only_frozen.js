/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ status: NonNullable<unknown> }} Read_Only_FrozenInputs */

const en_read_only_frozen = /** @type {(inputs: Read_Only_FrozenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This deal is closed (${i?.status}): its deal room is kept read-only.`)
};

const zh_cn2_read_only_frozen = /** @type {(inputs: Read_Only_FrozenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`该商机已关闭(${i?.status}):作战室已冻结为只读。`)
};

/**
* | output |
* | --- |
* | "This deal is closed ({status}): its deal room is kept read-only." |
*
* @param {Read_Only_FrozenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const read_only_frozen = /** @type {((inputs: Read_Only_FrozenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Read_Only_FrozenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_read_only_frozen(inputs)
	return en_read_only_frozen(inputs)
});