import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replicaPair } from '../../../tests/support/replica-pair.ts';
import { getBlocks } from './blocks.ts';
import {
	addCompetitor, addResource, createCompetition, createResources, readCompetitors, readResources, removeCompetitor, removeResource, setCompetitorField, setResourceField
} from './review-blocks.ts';

describe('resources plan layout', () => {
	it('keeps both edits when two people edit different fields of one resource at once', () => {
		const { a, b, sync } = replicaPair();
		createResources(a, 'res');
		addResource(a, 'res', 'cto', { kind: 'executive', who: 'Our CTO' });
		sync();
		setResourceField(a, 'res', 'cto', 'forPersonId', 'liang');
		setResourceField(a, 'res', 'cto', 'when', '2026-12-10');
		setResourceField(b, 'res', 'cto', 'theirWin', 'A flagship customer in retail');
		setResourceField(b, 'res', 'cto', 'status', 'confirmed');
		sync();
		for (const doc of [a, b]) {
			expect(readResources(doc, 'res')).toEqual([
				{ id: 'cto', kind: 'executive', who: 'Our CTO', forPersonId: 'liang', when: '2026-12-10', theirWin: 'A flagship customer in retail', status: 'confirmed' }
			]);
		}
	});

	it('keeps both resources added at once, in a stable order on both sides, and a removal wins over an edit of the same one', () => {
		const { a, b, sync } = replicaPair();
		createResources(a, 'res');
		sync();
		addResource(a, 'res', 'x', { who: 'Solution expert' });
		addResource(b, 'res', 'y', { who: 'Reference: 华润' });
		sync();
		const order = readResources(a, 'res').map((r) => r.id);
		expect(order.sort()).toEqual(['x', 'y']);
		expect(readResources(b, 'res').map((r) => r.id)).toEqual(readResources(a, 'res').map((r) => r.id));
		removeResource(a, 'res', 'x');
		setResourceField(b, 'res', 'x', 'who', 'Solution expert (Li)');
		sync();
		for (const doc of [a, b]) expect(readResources(doc, 'res').map((r) => r.who)).toEqual(['Reference: 华润']);
	});

	it('reads values a client wrote wrongly as empty, not as an error', () => {
		const doc = new Y.Doc();
		createResources(doc, 'res');
		addResource(doc, 'res', 'r', { who: 'x' });
		const m = (getBlocks(doc).get('res')!.get('items') as Y.Map<Y.Map<unknown>>).get('r')!;
		m.set('kind', 'wizard');
		m.set('status', 42);
		(getBlocks(doc).get('res')!.get('items') as Y.Map<unknown>).set('junk', 'not a map');
		expect(readResources(doc, 'res')).toEqual([{ id: 'r', kind: null, who: 'x', forPersonId: null, when: null, theirWin: '', status: 'planned' }]);
	});
});

describe('competition layout', () => {
	it('keeps both edits when two people edit one competitor and add another at once', () => {
		const { a, b, sync } = replicaPair();
		createCompetition(a, 'comp');
		addCompetitor(a, 'comp', 'sf', 'Salesforce');
		sync();
		setCompetitorField(a, 'comp', 'sf', 'homeCourt', 'theirs');
		setCompetitorField(b, 'comp', 'sf', 'tender', 'notShaped');
		setCompetitorField(b, 'comp', 'sf', 'pricePressure', true);
		addCompetitor(b, 'comp', 'bj', '北森');
		sync();
		for (const doc of [a, b]) {
			expect(readCompetitors(doc, 'comp')).toEqual([
				{ id: 'sf', name: 'Salesforce', homeCourt: 'theirs', pricePressure: true, tender: 'notShaped', notes: '' },
				{ id: 'bj', name: '北森', homeCourt: null, pricePressure: false, tender: 'none', notes: '' }
			]);
		}
		removeCompetitor(a, 'comp', 'bj');
		sync();
		expect(readCompetitors(b, 'comp').map((c) => c.name)).toEqual(['Salesforce']);
	});
});
