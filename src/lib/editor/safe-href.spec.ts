import { describe, expect, it } from 'vitest';
import { isSafeHref } from './safe-href.ts';

describe('isSafeHref', () => {
	it('accepts http, https and mailto addresses', () => {
		for (const href of ['https://example.com/a?b=c', 'http://example.com', 'mailto:sales@example.com', '  https://example.com  ']) {
			expect(isSafeHref(href), href).toBe(true);
		}
	});

	it('refuses script and data schemes however they are disguised', () => {
		for (const href of [
			'javascript:alert(1)',
			'  javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'java\tscript:alert(1)',
			'java\nscript:alert(1)',
			'\u0001javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'VBScript:msgbox(1)',
			'file:///etc/passwd',
			'/relative/path',
			'',
			42
		]) {
			expect(isSafeHref(href), String(href)).toBe(false);
		}
	});
});
