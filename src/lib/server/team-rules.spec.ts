import { describe, expect, it } from 'vitest';
import { keepsAnOwner, mayChangeRole, mayInvite, mayRemove } from './team-rules.ts';

describe('team rules', () => {
	it('lets owners invite managers and members, managers only members, members nobody', () => {
		expect([mayInvite('owner', 'manager'), mayInvite('owner', 'member')]).toEqual([true, true]);
		expect([mayInvite('manager', 'manager'), mayInvite('manager', 'member')]).toEqual([false, true]);
		expect([mayInvite('member', 'member'), mayInvite('member', 'manager')]).toEqual([false, false]);
	});

	it('lets only owners change roles', () => {
		expect(['owner', 'manager', 'member'].map((r) => mayChangeRole(r as 'owner'))).toEqual([true, false, false]);
	});

	it('lets anyone leave, owners remove anyone, managers remove members only', () => {
		const [o, m, u, u2] = [
			{ id: 'o', role: 'owner' as const },
			{ id: 'm', role: 'manager' as const },
			{ id: 'u', role: 'member' as const },
			{ id: 'u2', role: 'member' as const }
		];
		expect([mayRemove(u, u), mayRemove(m, m), mayRemove(o, o)]).toEqual([true, true, true]);
		expect([mayRemove(o, m), mayRemove(o, u), mayRemove(m, u), mayRemove(m, o), mayRemove(u, u2), mayRemove(u, m)]).toEqual([true, true, true, false, false, false]);
	});

	it('never leaves a workspace without an owner', () => {
		expect(keepsAnOwner(['o'], { userId: 'o', newRole: 'manager' })).toBe(false);
		expect(keepsAnOwner(['o'], { userId: 'o', newRole: null })).toBe(false);
		expect(keepsAnOwner(['o', 'p'], { userId: 'o', newRole: null })).toBe(true);
		expect(keepsAnOwner(['o'], { userId: 'x', newRole: null })).toBe(true);
		expect(keepsAnOwner(['o'], { userId: 'x', newRole: 'owner' })).toBe(true);
	});
});
