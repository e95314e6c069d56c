import net from 'node:net';

/**
 * A loopback TCP proxy in front of a real server (Postgres): `cut()` resets every connection
 * and refuses new ones, as a restarting database does; `restore()` accepts again.
 */
export interface TcpProxy {
	port: number;
	cut(): Promise<void>;
	restore(): Promise<void>;
	close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
	const sockets = new Set<net.Socket>();
	const server = net.createServer((client) => {
		const upstream = net.connect(target.port, target.host);
		for (const [a, b] of [
			[client, upstream],
			[upstream, client]
		] as const) {
			sockets.add(a);
			a.on('error', () => b.destroy());
			a.on('close', () => {
				sockets.delete(a);
				b.destroy();
			});
			a.pipe(b);
		}
	});
	const listen = (p: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(p, '127.0.0.1', () => resolve()));
	await listen(port);
	const bound = (server.address() as net.AddressInfo).port;
	const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return {
		port: bound,
		async cut() {
			const closed = stopListening();
			for (const s of sockets) s.resetAndDestroy();
			await closed;
		},
		restore: () => listen(bound),
		async close() {
			for (const s of sockets) s.destroy();
			if (server.listening) await stopListening();
		}
	};
}
