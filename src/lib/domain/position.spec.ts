import { describe, expect, it } from 'vitest';
import { clampTemperature, objectiveSentence, temperatureText } from './position.ts';

describe('position', () => {
	it('keeps temperature within 0–100, 50 when unreadable', () => {
		expect(clampTemperature(120)).toBe(100);
		expect(clampTemperature(-3)).toBe(0);
		expect(clampTemperature(Number.NaN)).toBe(50);
		expect(temperatureText(50).en).toBe('OK');
		expect(temperatureText(90)['zh-CN']).toBe('热');
	});
});

describe('single sales objective', () => {
	it('reads as one sentence and says when it is complete', () => {
		const o = { quantity: '300 seats', what: 'the recruiting platform', whom: 'Huayuan HR', when: 'January 2027', revenue: '¥480,000' };
		expect(objectiveSentence(o)).toEqual({
			complete: true,
			text: {
				en: 'Sell 300 seats of the recruiting platform to Huayuan HR by January 2027 for ¥480,000.',
				'zh-CN': '在 January 2027 之前,向 Huayuan HR 销售 300 seats the recruiting platform,收入 ¥480,000。'
			}
		});
		expect(objectiveSentence({ ...o, revenue: ' ' }).complete).toBe(false);
		expect(objectiveSentence({ ...o, revenue: '' }).text.en).toMatch(/for …\.$/);
	});
});
