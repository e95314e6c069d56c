import * as Y from 'yjs';
import { SALES_STAGE_INFO, SALES_STAGES, type ExitCriterion } from '../../domain/sales-stages.ts';
import type { StageChoice } from '../../domain/import-plan.ts';
import type { SupportScale } from '../../domain/support-scale.ts';
import { seedDealDoc } from '../../sync/deal-doc.ts';
import { dealDocEntries, type SearchEntryInput } from '../../search/deal-entries.ts';
import { setCriterionDone, setCustomerConfirmed } from '../../sync/sales-blocks.ts';
import { deriveDealColumns, TEMPLATE_BLOCKS, templateBlocks, templateBody, type DealDerived } from '../deal-template.ts';

/**
 * The room of an imported deal: the workspace template like any new deal, with a note saying
 * where it came from. The CRM said the deal stands at a stage: our stage is derived from the
 * checklist, so the required exit criteria of every earlier stage are ticked (and marked
 * customer-confirmed where the criterion asks for it), in the importer's name, and the note
 * says so: the team checks them with the customer, as the method asks. A won deal has every
 * stage done.
 */
export function importedDealState(
	input: { title: string; stage: StageChoice | null; source: string; importer: string; at: number },
	scale: SupportScale,
	criteria: ExitCriterion[]
): { state: Uint8Array; derived: DealDerived; entries: SearchEntryInput[] } {
	const doc = new Y.Doc();
	const stage = input.stage;
	const note = stage
		? `Imported from ${input.source} at stage “${SALES_STAGE_INFO[stage.stage].name.en}” (${SALES_STAGE_INFO[stage.stage].name["zh-CN"]}): the exit criteria of the stages before it were ticked by the import — check them with the customer. 从 ${input.source} 导入;之前阶段的退出标准由导入勾选,请与客户确认。`
		: `Imported from ${input.source}. 从 ${input.source} 导入。`;
	seedDealDoc(doc, templateBody(input.title, [{ type: 'paragraph', text: note }]), templateBlocks(scale, criteria));
	if (stage) {
		const upTo = stage.status === 'won' ? SALES_STAGES.length : SALES_STAGES.indexOf(stage.stage);
		const before = new Set(SALES_STAGES.slice(0, upTo));
		doc.transact(() => {
			for (const c of criteria) {
				if (!c.required || !before.has(c.stage)) continue;
				setCriterionDone(doc, TEMPLATE_BLOCKS.checklist, c.id, true, input.importer, input.at, 'seed');
				if (c.needsCustomerConfirmation) setCustomerConfirmed(doc, TEMPLATE_BLOCKS.checklist, c.id, true, 'seed');
			}
		}, 'seed');
	}
	const state = Y.encodeStateAsUpdate(doc);
	const derived = deriveDealColumns(doc);
	const entries = dealDocEntries(doc);
	doc.destroy();
	return { state, derived, entries };
}
