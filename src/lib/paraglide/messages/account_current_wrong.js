/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Account_Current_WrongInputs */

const en_account_current_wrong = /** @type {(inputs: Account_Current_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The current password is not right. Type it again; if you forgot it, sign out and use “Forgot password”.`)
};

const zh_cn2_account_current_wrong = /** @type {(inputs: Account_Current_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前密码不正确。请重新输入；如果忘记了，请退出登录后使用“忘记密码”。`)
};

/**
* | output |
* | --- |
* | "The current password is not right. Type it again; if you forgot it, sign out and use “Forgot password”." |
*
* @param {Account_Current_WrongInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_current_wrong = /** @type {((inputs?: Account_Current_WrongInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Current_WrongInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_current_wrong(inputs)
	return en_account_current_wrong(inputs)
});