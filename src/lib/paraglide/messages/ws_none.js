/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ws_NoneInputs */

const en_ws_none = /** @type {(inputs: Ws_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are not a member of any workspace now. Create one, or ask a colleague for an invitation.`)
};

const zh_cn2_ws_none = /** @type {(inputs: Ws_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你目前不属于任何工作区。请新建一个，或请同事邀请你。`)
};

/**
* | output |
* | --- |
* | "You are not a member of any workspace now. Create one, or ask a colleague for an invitation." |
*
* @param {Ws_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_none = /** @type {((inputs?: Ws_NoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_NoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_ws_none(inputs)
	return en_ws_none(inputs)
});