import { describe, expect, it } from 'vitest';
import { canEditDocument, effectiveDealRole } from './access.ts';

describe('effectiveDealRole', () => {
	it('gives no access to someone outside the workspace, whatever else is true', () => {
		expect(effectiveDealRole({ explicit: 'editor', workspaceRole: null, isDealOwner: true })).toBeNull();
	});

	it('lets an explicit deal role win over the workspace default', () => {
		expect(effectiveDealRole({ explicit: 'viewer', workspaceRole: 'owner', isDealOwner: false })).toBe('viewer');
		expect(effectiveDealRole({ explicit: 'editor', workspaceRole: 'manager', isDealOwner: false })).toBe('editor');
	});

	it('makes deal owners and workspace owners editors, managers commenters, members nothing', () => {
		expect(effectiveDealRole({ explicit: null, workspaceRole: 'member', isDealOwner: true })).toBe('editor');
		expect(effectiveDealRole({ explicit: null, workspaceRole: 'owner', isDealOwner: false })).toBe('editor');
		expect(effectiveDealRole({ explicit: null, workspaceRole: 'manager', isDealOwner: false })).toBe('commenter');
		expect(effectiveDealRole({ explicit: null, workspaceRole: 'member', isDealOwner: false })).toBeNull();
	});
});

describe('canEditDocument', () => {
	it('lets editors write only while the deal is open', () => {
		expect(canEditDocument({ role: 'editor', status: 'open' })).toBe(true);
		expect(canEditDocument({ role: 'editor', status: 'won' })).toBe(false);
		expect(canEditDocument({ role: 'editor', status: 'lost' })).toBe(false);
		expect(canEditDocument({ role: 'commenter', status: 'open' })).toBe(false);
		expect(canEditDocument({ role: 'viewer', status: 'open' })).toBe(false);
	});
});
