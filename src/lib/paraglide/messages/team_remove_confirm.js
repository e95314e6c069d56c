/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Team_Remove_ConfirmInputs */

const en_team_remove_confirm = /** @type {(inputs: Team_Remove_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove ${i?.name} from this workspace? Their access to its deals ends at once; their comments stay.`)
};

const zh_cn2_team_remove_confirm = /** @type {(inputs: Team_Remove_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`确定将 ${i?.name} 移出此工作区?其商机访问权限将立即终止；其评论会保留。`)
};

/**
* | output |
* | --- |
* | "Remove {name} from this workspace? Their access to its deals ends at once; their comments stay." |
*
* @param {Team_Remove_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_remove_confirm = /** @type {((inputs: Team_Remove_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Remove_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_remove_confirm(inputs)
	return en_team_remove_confirm(inputs)
});