/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Scale_NoteInputs */

const en_settings_scale_note = /** @type {(inputs: Settings_Scale_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Existing role tables keep the scale they were made with.`)
};

const zh_cn2_settings_scale_note = /** @type {(inputs: Settings_Scale_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已有的角色表保持创建时的量表。`)
};

/**
* | output |
* | --- |
* | "Existing role tables keep the scale they were made with." |
*
* @param {Settings_Scale_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale_note = /** @type {((inputs?: Settings_Scale_NoteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Scale_NoteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_settings_scale_note(inputs)
	return en_settings_scale_note(inputs)
});