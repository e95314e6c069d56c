import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages.js';
import en from './messages/en.json';
import zh from './messages/zh-CN.json';

type MessageFn = (inputs: Record<string, string>, options: { locale: 'en' | 'zh-CN' }) => string;
const sources = { en, 'zh-CN': zh } as Record<'en' | 'zh-CN', Record<string, string>>;
const keys = (o: Record<string, string>) => Object.keys(o).filter((k) => k !== '$schema');

describe('messages', () => {
	it('has every message in both languages', () => {
		expect(keys(zh).sort()).toEqual(keys(en).sort());
	});

	// The compiled output is committed (the compiler's dependencies cannot be installed with
	// `npm ci` here); this catches a message edited without running `npm run i18n`.
	it.each(['en', 'zh-CN'] as const)('matches the compiled messages in %s', (locale) => {
		const table = compiled as unknown as Record<string, MessageFn>;
		for (const key of keys(en)) {
			const source = sources[locale][key]!;
			const params = Object.fromEntries([...source.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, `<${m[1]}>`]));
			const expected = source.replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`);
			expect(typeof table[key], `${key} is compiled`).toBe('function');
			expect(table[key]!(params, { locale }), key).toBe(expected);
		}
	});
});
