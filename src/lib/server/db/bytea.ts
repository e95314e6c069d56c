import { customType } from 'drizzle-orm/pg-core';

/** Yjs bytes. postgres.js returns Buffer and PGlite Uint8Array; both come out as a plain Uint8Array. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	toDriver: (value) => value,
	fromDriver: (value) =>
		value instanceof Uint8Array && value.constructor === Uint8Array
			? value
			: new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
});
