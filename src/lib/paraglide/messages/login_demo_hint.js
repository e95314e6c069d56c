/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Login_Demo_HintInputs */

const en_login_demo_hint = /** @type {(inputs: Login_Demo_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo: alice@demo.test, bob@demo.test, maya@demo.test or victor@demo.test, password demo-password.`)
};

const zh_cn2_login_demo_hint = /** @type {(inputs: Login_Demo_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`演示账号:alice@demo.test、bob@demo.test、maya@demo.test 或 victor@demo.test,密码 demo-password。`)
};

/**
* | output |
* | --- |
* | "Demo: alice@demo.test, bob@demo.test, maya@demo.test or victor@demo.test, password demo-password." |
*
* @param {Login_Demo_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const login_demo_hint = /** @type {((inputs?: Login_Demo_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_Demo_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_login_demo_hint(inputs)
	return en_login_demo_hint(inputs)
});