/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_TasksInputs */

const en_tb_tasks = /** @type {(inputs: Tb_TasksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Task list`)
};

const zh_cn2_tb_tasks = /** @type {(inputs: Tb_TasksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任务列表`)
};

/**
* | output |
* | --- |
* | "Task list" |
*
* @param {Tb_TasksInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_tasks = /** @type {((inputs?: Tb_TasksInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_TasksInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_tasks(inputs)
	return en_tb_tasks(inputs)
});