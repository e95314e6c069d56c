import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect.ts';

describe('safeRedirect', () => {
	it('keeps paths of this app, with their query and hash', () => {
		expect(safeRedirect('/deals/abc?x=1#t')).toBe('/deals/abc?x=1#t');
		expect(safeRedirect('/pipeline')).toBe('/pipeline');
	});

	it('refuses anything a browser would take to another site', () => {
		for (const target of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', '\\\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/ /evil', ' /deals', '']) {
			expect(safeRedirect(target), JSON.stringify(target)).toBe('/deals');
		}
		expect(safeRedirect(null)).toBe('/deals');
	});
});
