/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_BulletsInputs */

const en_tb_bullets = /** @type {(inputs: Tb_BulletsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bullet list`)
};

const zh_cn2_tb_bullets = /** @type {(inputs: Tb_BulletsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无序列表`)
};

/**
* | output |
* | --- |
* | "Bullet list" |
*
* @param {Tb_BulletsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_bullets = /** @type {((inputs?: Tb_BulletsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_BulletsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_bullets(inputs)
	return en_tb_bullets(inputs)
});