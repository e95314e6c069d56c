/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_InvalidInputs */

const en_team_error_invalid = /** @type {(inputs: Team_Error_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something in the form is not valid. Check it and try again.`)
};

const zh_cn2_team_error_invalid = /** @type {(inputs: Team_Error_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`表单中有无效内容。请检查后重试。`)
};

/**
* | output |
* | --- |
* | "Something in the form is not valid. Check it and try again." |
*
* @param {Team_Error_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_invalid = /** @type {((inputs?: Team_Error_InvalidInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_InvalidInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_invalid(inputs)
	return en_team_error_invalid(inputs)
});