/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_May_LeaveInputs */

const en_import_may_leave = /** @type {(inputs: Import_May_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can leave this page: the import goes on, and this page shows where it stands when you come back.`)
};

const zh_cn2_import_may_leave = /** @type {(inputs: Import_May_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以离开本页:导入会继续进行,回来时本页会显示进度。`)
};

/**
* | output |
* | --- |
* | "You can leave this page: the import goes on, and this page shows where it stands when you come back." |
*
* @param {Import_May_LeaveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_may_leave = /** @type {((inputs?: Import_May_LeaveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_May_LeaveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_may_leave(inputs)
	return en_import_may_leave(inputs)
});