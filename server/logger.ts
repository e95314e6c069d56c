/** The few log calls the sync server makes; tests pass one that records lines. */
export interface Logger {
	info(message: string, fields?: Record<string, unknown>): void;
	warn(message: string, fields?: Record<string, unknown>): void;
	error(message: string, fields?: Record<string, unknown>): void;
}

const format = (message: string, fields?: Record<string, unknown>) =>
	fields ? `${message} ${JSON.stringify(fields)}` : message;

export const consoleLogger: Logger = {
	info: (m, f) => console.log(`[sync] ${format(m, f)}`),
	warn: (m, f) => console.warn(`[sync] ${format(m, f)}`),
	error: (m, f) => console.error(`[sync] ${format(m, f)}`)
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
