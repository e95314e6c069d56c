import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getBody, seedDealDoc } from './deal-doc.ts';
import { blockPositions, resolveTextAnchor, textAnchor, textBetween } from './text-anchor.ts';

function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Editor position of `needle` in the document's text (paragraphs only, for the fixture). */
function find(doc: Y.Doc, needle: string): number {
	for (let pos = 0; pos < 2000; pos++) if (textBetween(doc, pos, pos + needle.length) === needle) return pos;
	throw new Error(`no ${needle}`);
}

describe('text anchors', () => {
	it('keep pointing at the same words after others insert text before and inside them', () => {
		const alice = new Y.Doc();
		seedDealDoc(alice, [
			{ type: 'heading', level: 1, text: 'Notes' },
			{ type: 'liveBlock', blockId: 'b1' },
			{ type: 'paragraph', text: 'The budget is approved by the board.' }
		]);
		const bob = new Y.Doc();
		sync(alice, bob);
		const from = find(alice, 'approved by');
		const anchor = textAnchor(alice, from, from + 'approved by'.length);
		expect(textBetween(alice, from, from + 11)).toBe('approved by');

		// Bob types before the words (in an earlier paragraph and in the same one) and inside them.
		const para = getBody(bob).get(2) as Y.XmlElement;
		const text = para.get(0) as Y.XmlText;
		text.insert(0, 'Update: ');
		text.insert('Update: The budget is approved'.length, ' only');
		((getBody(bob).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Meeting ');
		// Alice, concurrently, types right after the words: that stays outside the anchor.
		const aliceText = (getBody(alice).get(2) as Y.XmlElement).get(0) as Y.XmlText;
		aliceText.insert('The budget is approved by'.length, ' the CFO and');
		sync(alice, bob);

		for (const doc of [alice, bob]) {
			const range = resolveTextAnchor(doc, anchor)!;
			expect(range).not.toBeNull();
			expect(textBetween(doc, range.from, range.to)).toBe('approved only by');
		}
		expect(textBetween(bob, 0, 200)).toContain('Update: The budget is approved only by the CFO and the board.');
	});

	it('resolves to null once the words are deleted', () => {
		const doc = new Y.Doc();
		seedDealDoc(doc, [{ type: 'paragraph', text: 'delete me please' }]);
		const anchor = textAnchor(doc, 1, 10);
		expect(textBetween(doc, 1, 10)).toBe('delete me');
		((getBody(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(0, 'delete me please'.length);
		expect(resolveTextAnchor(doc, anchor)).toBeNull();
	});
});

describe('block positions', () => {
	it('finds each live block where the editor has it', () => {
		const doc = new Y.Doc();
		seedDealDoc(doc, [
			{ type: 'paragraph', text: 'abc' },
			{ type: 'liveBlock', blockId: 'one' },
			{ type: 'bulletList', items: ['x'] },
			{ type: 'liveBlock', blockId: 'two' }
		]);
		// paragraph 0..5, block at 5 (size 1), list 6..13 (list, item, paragraph, "x"), block at 13
		expect(Object.fromEntries(blockPositions(doc))).toEqual({ one: 5, two: 13 });
	});
});
