import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replicaPair } from '../../../tests/support/replica-pair.ts';
import {
	addRoleRow,
	createRoleTable,
	moveRoleRow,
	readRoleRows,
	readSupportEvents,
	removeRoleRow,
	setRowField,
	setSupport
} from './blocks.ts';


describe('role table layout', () => {
	it('keeps both edits when two people change different fields of one row at once', () => {
		const { a, b, sync } = replicaPair();
		createRoleTable(a, 'rt', 'five');
		addRoleRow(a, 'rt', 'chen', { name: '陈经理' });
		sync();
		setRowField(a, 'rt', 'chen', 'pains', 'fears disruption');
		setSupport(b, 'rt', 'chen', -1, 'bob', 'wants more vendors');
		setRowField(b, 'rt', 'chen', 'role', 'UB');
		sync();
		for (const doc of [a, b]) {
			const [row] = readRoleRows(doc, 'rt');
			expect(row).toMatchObject({ name: '陈经理', pains: 'fears disruption', support: -1, role: 'UB' });
		}
	});

	it('converges on one value when two people change the same field at once', () => {
		const { a, b, sync } = replicaPair();
		createRoleTable(a, 'rt', 'five');
		addRoleRow(a, 'rt', 'fang', { name: '方总' });
		sync();
		setRowField(a, 'rt', 'fang', 'nextAction', 'deep technical session');
		setRowField(b, 'rt', 'fang', 'nextAction', 'invite to reference visit');
		sync();
		const va = readRoleRows(a, 'rt')[0]!.nextAction;
		expect(readRoleRows(b, 'rt')[0]!.nextAction).toBe(va);
		expect(['deep technical session', 'invite to reference visit']).toContain(va);
	});

	it('records every support change as an event in the same transaction', () => {
		const doc = new Y.Doc();
		createRoleTable(doc, 'rt', 'five');
		addRoleRow(doc, 'rt', 'liang', { name: '梁总' });
		let transactions = 0;
		doc.on('afterTransaction', () => transactions++);
		setSupport(doc, 'rt', 'liang', 1, 'alice', 'first meeting', 1000);
		expect(transactions).toBe(1);
		setSupport(doc, 'rt', 'liang', 2, 'bob', '', 2000);
		setSupport(doc, 'rt', 'liang', 2, 'bob', 'no change, no event', 3000);
		expect(readSupportEvents(doc, 'rt').map(({ from, to, by, at }) => ({ from, to, by, at }))).toEqual([
			{ from: null, to: 1, by: 'alice', at: 1000 },
			{ from: 1, to: 2, by: 'bob', at: 2000 }
		]);
	});

	it('orders rows by their order key and moves them between neighbours', () => {
		const doc = new Y.Doc();
		createRoleTable(doc, 'rt', 'five');
		for (const id of ['a', 'b', 'c']) addRoleRow(doc, 'rt', id, { name: id });
		moveRoleRow(doc, 'rt', 'c', 'a');
		expect(readRoleRows(doc, 'rt').map((r) => r.id)).toEqual(['c', 'a', 'b']);
		moveRoleRow(doc, 'rt', 'c', 'b');
		expect(readRoleRows(doc, 'rt').map((r) => r.id)).toEqual(['a', 'c', 'b']);
		moveRoleRow(doc, 'rt', 'a', null);
		expect(readRoleRows(doc, 'rt').map((r) => r.id)).toEqual(['c', 'b', 'a']);
		removeRoleRow(doc, 'rt', 'b');
		expect(readRoleRows(doc, 'rt').map((r) => r.id)).toEqual(['c', 'a']);
	});

	it('reads malformed values written by a client as blank', () => {
		const doc = new Y.Doc();
		createRoleTable(doc, 'rt', 'five');
		addRoleRow(doc, 'rt', 'x', { name: 'X' });
		setRowField(doc, 'rt', 'x', 'role', 'CEO' as never);
		setRowField(doc, 'rt', 'x', 'influence', 7 as never);
		expect(readRoleRows(doc, 'rt')[0]).toMatchObject({ role: null, influence: null });
	});
});
