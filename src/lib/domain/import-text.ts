import type { ImportField } from './import-mapping.ts';
import type { PlannedAction, RowError, RowWarning } from './import-plan.ts';
import type { Localized } from './localized.ts';

/** How the import page names each field, and says what happens to a row and what is wrong with it, in both languages. */

export const FIELD_GROUPS: { group: Localized; fields: ImportField[] }[] = [
	{ group: { en: 'Account', 'zh-CN': '客户' }, fields: ['account.name', 'account.domain', 'account.industry'] },
	{ group: { en: 'Contact', 'zh-CN': '联系人' }, fields: ['contact.name', 'contact.firstName', 'contact.lastName', 'contact.email', 'contact.title'] },
	{ group: { en: 'Deal', 'zh-CN': '商机' }, fields: ['deal.title', 'deal.externalId', 'deal.amount', 'deal.currency', 'deal.closeDate', 'deal.stage', 'deal.ownerEmail'] }
];

export const FIELD_TEXT: Record<ImportField, Localized> = {
	'account.name': { en: 'Account name', 'zh-CN': '客户名称' },
	'account.domain': { en: 'Website / domain', 'zh-CN': '网站 / 域名' },
	'account.industry': { en: 'Industry', 'zh-CN': '行业' },
	'contact.name': { en: 'Contact name', 'zh-CN': '联系人姓名' },
	'contact.firstName': { en: 'First name', 'zh-CN': '名' },
	'contact.lastName': { en: 'Last name', 'zh-CN': '姓' },
	'contact.email': { en: 'Contact e-mail', 'zh-CN': '联系人邮箱' },
	'contact.title': { en: 'Job title', 'zh-CN': '职位' },
	'deal.title': { en: 'Deal name', 'zh-CN': '商机名称' },
	'deal.externalId': { en: 'CRM id of the deal', 'zh-CN': 'CRM 商机编号' },
	'deal.amount': { en: 'Amount', 'zh-CN': '金额' },
	'deal.currency': { en: 'Currency', 'zh-CN': '币种' },
	'deal.closeDate': { en: 'Close date', 'zh-CN': '预计成交日期' },
	'deal.stage': { en: 'Stage', 'zh-CN': '阶段' },
	'deal.ownerEmail': { en: 'Owner e-mail', 'zh-CN': '负责人邮箱' }
};

const ROW_ERROR_TEXT: Record<RowError['code'], Localized> = {
	required: { en: '{field} is empty: fill it in, or leave the row out.', 'zh-CN': '{field}为空:请填写,或去掉这一行。' },
	notANumber: { en: '{field} “{value}” is not an amount: write digits, e.g. 12,000.00.', 'zh-CN': '{field}“{value}”不是金额:请写数字,例如 12,000.00。' },
	negative: { en: '{field} “{value}” is negative: amounts start at 0.', 'zh-CN': '{field}“{value}”是负数:金额不能小于 0。' },
	tooLarge: { en: '{field} “{value}” is too large.', 'zh-CN': '{field}“{value}”太大。' },
	notADate: { en: '{field} “{value}” is not a date in the order chosen above.', 'zh-CN': '{field}“{value}”不是按上面所选顺序的日期。' },
	unknownStage: { en: 'Stage “{value}” has no stage of ours yet: choose one under “Stages”.', 'zh-CN': '阶段“{value}”还没有对应的阶段:请在“阶段”中选择。' },
	invalidEmail: { en: '{field} “{value}” is not an e-mail address.', 'zh-CN': '{field}“{value}”不是邮箱地址。' },
	tooLong: { en: '{field} is longer than 200 characters.', 'zh-CN': '{field}超过 200 个字符。' },
	invalidCurrency: { en: 'Currency “{value}” is not a three-letter code such as USD or CNY.', 'zh-CN': '币种“{value}”不是 USD、CNY 这样的三位代码。' },
	fieldCount: { en: 'The row has {value} values where the header has a different number: a delimiter inside an unquoted value?', 'zh-CN': '这一行有 {value} 个值,与表头列数不同:是否有未加引号的值里含分隔符?' }
};

const WARNING_TEXT: Record<RowWarning['code'], Localized> = {
	formula: { en: '{field} starts like a spreadsheet formula: kept as plain text, never run.', 'zh-CN': '{field}以公式开头:按纯文本保存,不会执行。' },
	ownerNotMember: { en: 'Owner {value} is not in this workspace: you will own the deal.', 'zh-CN': '负责人 {value} 不在本工作区:商机将归你负责。' }
};

const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
const fieldName = (field: ImportField | null, locale: keyof Localized) => (field ? FIELD_TEXT[field][locale] : '');

export function rowErrorText(error: RowError, locale: keyof Localized): string {
	return fill(ROW_ERROR_TEXT[error.code][locale], { field: fieldName(error.field, locale), value: error.value ?? '' });
}

export function rowWarningText(warning: RowWarning, locale: keyof Localized): string {
	return fill(WARNING_TEXT[warning.code][locale], { field: fieldName(warning.field, locale), value: 'value' in warning ? warning.value : '' });
}

const KIND: Record<PlannedAction['kind'], Localized> = { account: { en: 'account', 'zh-CN': '客户' }, contact: { en: 'contact', 'zh-CN': '联系人' }, deal: { en: 'deal', 'zh-CN': '商机' } };
const MATCH: Record<string, Localized> = {
	name: { en: 'by name', 'zh-CN': '按名称' },
	domain: { en: 'by domain', 'zh-CN': '按域名' },
	email: { en: 'by e-mail', 'zh-CN': '按邮箱' },
	externalId: { en: 'by CRM id', 'zh-CN': '按 CRM 编号' },
	title: { en: 'by account and name', 'zh-CN': '按客户和名称' }
};

/** One planned action in words: "New deal 华远科技 人才库", "Account Acme found by domain (row 3): industry → Logistics". */
export function actionText(action: PlannedAction, locale: keyof Localized): string {
	const kind = KIND[action.kind][locale];
	if (action.op === 'create') {
		const name = 'title' in action.values ? action.values.title : action.values.name;
		return locale === 'zh-CN' ? `新建${kind} ${name}` : `New ${kind} ${name}`;
	}
	const found = MATCH[action.match.by]![locale] + (action.match.row ? (locale === 'zh-CN' ? `(第 ${action.match.row} 行)` : ` (row ${action.match.row})`) : '');
	const changes = action.changes.map((c) => `${c.field}: ${c.from || '—'} → ${c.to}`).join('; ');
	if (locale === 'zh-CN') return `${kind} ${action.name} ${found}找到${changes ? `,更新 ${changes}` : ',无变化'}`;
	return `${kind[0]!.toUpperCase()}${kind.slice(1)} ${action.name} found ${found}${changes ? `: ${changes}` : ', unchanged'}`;
}
