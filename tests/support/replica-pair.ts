import * as Y from 'yjs';

/** Two replicas that exchange nothing until `sync()`: concurrent edits, then a merge. */
export function replicaPair() {
	const a = new Y.Doc();
	const b = new Y.Doc();
	const sync = () => {
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
	};
	return { a, b, sync };
}
