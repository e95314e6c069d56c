export const POSTGRES_TEMPLATE_DB = 'deal_rooms_test_template';

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
	const u = new URL(url);
	u.pathname = `/${database}`;
	return u.toString();
}
