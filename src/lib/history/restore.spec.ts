import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRoleRow, createRoleTable, readRoleRows, readSupportEvents, setRowField, setSupport } from '$lib/sync/blocks';
import { bodyText, getBody, seedDealDoc } from '$lib/sync/deal-doc';
import { addCompetitor, addResource, createCompetition, createResources, removeResource, setCompetitorField } from '$lib/sync/review-blocks';
import { blockChanges, textDiff } from './diff.ts';
import { restoreBlock, restoreDeal } from './restore.ts';

const ROLES = 'roles';

/** A deal with three paragraphs and a role table of two people. */
function deal(): Y.Doc {
	const doc = new Y.Doc();
	seedDealDoc(
		doc,
		[
			{ type: 'heading', level: 2, text: 'Notes 笔记' },
			{ type: 'paragraph', text: 'First paragraph.' },
			{ type: 'paragraph', text: 'Second paragraph, deleted later.' },
			{ type: 'liveBlock', blockId: ROLES },
			{ type: 'paragraph', text: 'Last paragraph.' }
		],
		(d) => {
			createRoleTable(d, ROLES, 'five', 'seed');
			addRoleRow(d, ROLES, 'chen', { name: '陈经理', nextAction: 'Visit' }, 'seed');
			addRoleRow(d, ROLES, 'fang', { name: '方总' }, 'seed');
			setSupport(d, ROLES, 'chen', -1, 'alice', '', 1_000, 'seed');
		}
	);
	return doc;
}

const paragraphs = (doc: Y.Doc) => getBody(doc).toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
const textOf = (p: Y.XmlElement) => p.get(0) as Y.XmlText;
/** The version: the document's state now, as the server keeps it. */
const snapshot = (doc: Y.Doc) => {
	const old = new Y.Doc();
	Y.applyUpdate(old, Y.encodeStateAsUpdate(doc));
	return old;
};
const sync = (a: Y.Doc, b: Y.Doc) => {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const support = (doc: Y.Doc, id: string) => readRoleRows(doc, ROLES).find((r) => r.id === id)?.support;

describe('restore as a forward change', () => {
	it('puts one block back and leaves the text alone; the support change is logged, not erased', () => {
		const doc = deal();
		const version = snapshot(doc);
		setSupport(doc, ROLES, 'chen', 1, 'bob', '', 2_000);
		setRowField(doc, ROLES, 'chen', 'nextAction', 'Call');
		addRoleRow(doc, ROLES, 'liang', { name: '梁总' });
		textOf(paragraphs(doc)[0]!).insert(0, 'Edited: ');

		expect(restoreBlock(doc, version, ROLES, 'alice', 3_000)).toBe(true);
		expect(support(doc, 'chen')).toBe(-1);
		expect(readRoleRows(doc, ROLES).map((r) => [r.name, r.nextAction])).toEqual([
			['陈经理', 'Visit'],
			['方总', '']
		]);
		expect(bodyText(doc)).toContain('Edited: First paragraph.');
		// History only grows: −1 → +1 by bob, then +1 → −1 by the restore.
		expect(readSupportEvents(doc, ROLES).map((e) => [e.from, e.to, e.by])).toEqual([
			[null, -1, 'alice'],
			[-1, 1, 'bob'],
			[1, -1, 'alice']
		]);
	});

	it('puts the whole deal back: deleted text returns, added text goes, edits and formatting are undone', () => {
		const doc = deal();
		textOf(paragraphs(doc)[0]!).format(0, 5, { bold: {} });
		const version = snapshot(doc);
		getBody(doc).delete(2, 1); // the second paragraph
		textOf(paragraphs(doc)[0]!).insert(5, ' (changed)');
		textOf(paragraphs(doc)[0]!).format(0, 5, { bold: null });
		const added = new Y.XmlElement('paragraph');
		added.insert(0, [new Y.XmlText('Added after the version.')]);
		getBody(doc).insert(1, [added]);
		setSupport(doc, ROLES, 'chen', 2, 'bob', '', 2_000);

		restoreDeal(doc, version, 'alice', 3_000);
		expect(bodyText(doc)).toBe(bodyText(version));
		expect(getBody(doc).toString()).toBe(getBody(version).toString());
		expect(support(doc, 'chen')).toBe(-1);
		expect(textDiff(version, doc).flat().every((s) => s.kind === 'same')).toBe(true);
	});

	it('keeps a concurrent edit made while the restore runs elsewhere', () => {
		const alice = deal();
		const bob = new Y.Doc();
		sync(alice, bob);
		const version = snapshot(alice);
		setSupport(alice, ROLES, 'chen', 2, 'alice', '', 2_000);
		sync(alice, bob);
		// At the same moment: alice restores the role table, bob writes a next action for 方总.
		restoreBlock(alice, version, ROLES, 'alice', 3_000);
		setRowField(bob, ROLES, 'fang', 'nextAction', 'Technical deep dive');
		sync(alice, bob);
		for (const d of [alice, bob]) {
			expect(support(d, 'chen')).toBe(-1);
			expect(readRoleRows(d, ROLES).find((r) => r.id === 'fang')?.nextAction).toBe('Technical deep dive');
		}
	});

	it('loses nothing of a rep who was offline during the restore', () => {
		const online = deal();
		const offline = new Y.Doc();
		sync(online, offline);
		const version = snapshot(online);
		textOf(paragraphs(online)[0]!).insert(0, 'Online edit. ');
		sync(online, offline);
		// The rep goes offline and types in the paragraph the restore will change, and in another.
		textOf(paragraphs(offline)[0]!).insert(textOf(paragraphs(offline)[0]!).length, ' Offline A.');
		textOf(paragraphs(offline)[2]!).insert(0, 'Offline B. ');
		restoreDeal(online, version, 'alice', 3_000);
		expect(bodyText(online)).not.toContain('Online edit.');
		sync(online, offline);
		for (const d of [online, offline]) {
			expect(bodyText(d)).toContain('First paragraph. Offline A.');
			expect(bodyText(d)).toContain('Offline B. Last paragraph.');
			expect(bodyText(d)).not.toContain('Online edit.');
		}
		expect(bodyText(online)).toBe(bodyText(offline));
	});

	it('can be undone like any edit of the person who restored', () => {
		const doc = deal();
		const version = snapshot(doc);
		textOf(paragraphs(doc)[1]!).delete(0, 7);
		setSupport(doc, ROLES, 'chen', 2, 'bob', '', 2_000);
		const before = { text: bodyText(doc), chen: support(doc, 'chen') };
		const undo = new Y.UndoManager([getBody(doc), doc.getMap('blocks')], { trackedOrigins: new Set(['restore']) });
		doc.transact(() => restoreDeal(doc, version, 'alice', 3_000), 'restore');
		expect(bodyText(doc)).toBe(bodyText(version));
		undo.undo();
		expect(bodyText(doc)).toBe(before.text);
		expect(support(doc, 'chen')).toBe(before.chen);
	});
});

describe('what changed, in words', () => {
	it('marks text added and removed, characters within a line, Chinese included', () => {
		const doc = deal();
		const version = snapshot(doc);
		textOf(paragraphs(doc)[0]!).insert(6, '新的 ');
		getBody(doc).delete(2, 1);
		const lines = textDiff(version, doc);
		expect(lines.flat().filter((s) => s.kind === 'added').map((s) => s.text)).toEqual(['新的 ']);
		expect(lines.flat().filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual(['Second paragraph, deleted later.']);
	});

	it('says block changes field by field, in the reader’s language', () => {
		const doc = deal();
		const version = snapshot(doc);
		setSupport(doc, ROLES, 'chen', 1, 'bob', '', 2_000);
		addRoleRow(doc, ROLES, 'liang', { name: '梁总' });
		expect(blockChanges(version, doc, 'en')).toEqual([{ blockId: ROLES, type: 'roleTable', changes: ['梁总 added', '陈经理 support −1 → +1'] }]);
		expect(blockChanges(version, doc, 'zh-CN')[0]!.changes).toEqual(['新增 梁总', '陈经理 支持度 −1 → +1']);
	});

	it('says which resources and competitors were added, changed or removed', () => {
		const doc = deal();
		createResources(doc, 'res');
		createCompetition(doc, 'comp');
		addResource(doc, 'res', 'cto', { who: 'Our CTO' });
		addCompetitor(doc, 'comp', 'ts', 'TalentSoft');
		const version = snapshot(doc);
		removeResource(doc, 'res', 'cto');
		addResource(doc, 'res', 'ref', { who: 'Reference 华润' });
		setCompetitorField(doc, 'comp', 'ts', 'homeCourt', 'theirs');
		const changes = blockChanges(version, doc, 'en');
		expect(changes.find((c) => c.type === 'resources')?.changes).toEqual(['resource “Reference 华润” added', 'resource “Our CTO” removed']);
		expect(changes.find((c) => c.type === 'competition')?.changes).toEqual(['competitor “TalentSoft” changed']);
		expect(blockChanges(version, doc, 'zh-CN').find((c) => c.type === 'competition')?.changes).toEqual(['修改了竞争对手 “TalentSoft”']);
	});
});
