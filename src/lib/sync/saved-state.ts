/**
 * How many items this replica holds that the server has not yet committed, per client, from
 * the server's persisted state vector. 0 means every local change is in the database.
 */
export function unpersistedCount(local: Map<number, number>, persisted: Map<number, number>): number {
	let missing = 0;
	for (const [client, clock] of local) {
		const have = persisted.get(client) ?? 0;
		if (clock > have) missing += clock - have;
	}
	return missing;
}
