/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_From_WorkspaceInputs */

const en_res_from_workspace = /** @type {(inputs: Res_From_WorkspaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From the workspace’s list`)
};

const zh_cn2_res_from_workspace = /** @type {(inputs: Res_From_WorkspaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从团队资源列表添加`)
};

/**
* | output |
* | --- |
* | "From the workspace’s list" |
*
* @param {Res_From_WorkspaceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_from_workspace = /** @type {((inputs?: Res_From_WorkspaceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_From_WorkspaceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_from_workspace(inputs)
	return en_res_from_workspace(inputs)
});