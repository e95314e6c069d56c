import type { IncomingMessage, ServerResponse } from 'node:http';
import { getAppContext } from '../src/lib/server/app-context.ts';
import { handleImportUpload } from './import-upload.ts';
import { createSyncServer, type SyncServer } from './sync-server.ts';

const KEY = Symbol.for('deal-rooms.dev-sync');
type Holder = { [KEY]?: Promise<SyncServer> };

/** The sync server of `npm run dev`, created once per process on the first upgrade. */
export function getDevSyncServer(): Promise<SyncServer> {
	const holder = globalThis as Holder;
	holder[KEY] ??= getAppContext().then((context) => createSyncServer(context));
	return holder[KEY];
}

/** `POST /api/imports` in `npm run dev`, on the same context as the app. */
export async function handleDevImportUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
	await handleImportUpload(req, res, await getAppContext());
}
