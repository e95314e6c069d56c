import net from 'node:net';

/**
 * A loopback TCP proxy in front of a real server (Postgres): `cut()` resets every connection
 * and refuses new ones, as a restarting database does; `restore()` accepts again. In front of
 * several servers it is a load balancer: each new connection goes to the next one, and to the
 * one after when that refuses (a dead instance), as a TCP balancer with retries does.
 */
export interface TcpProxy {
	port: number;
	cut(): Promise<void>;
	restore(): Promise<void>;
	close(): Promise<void>;
}

type Target = { host: string; port: number };

export async function startTcpProxy(target: Target | Target[], port = 0): Promise<TcpProxy> {
	const targets = Array.isArray(target) ? target : [target];
	let next = 0;
	const sockets = new Set<net.Socket>();
	const server = net.createServer((client) => {
		client.pause();
		let pending: net.Socket | undefined;
		const gone = () => pending?.destroy();
		client.once('error', gone).once('close', gone);
		const first = next++ % targets.length;
		const attempt = (tries: number) => {
			const to = targets[(first + tries) % targets.length]!;
			const upstream = (pending = net.connect(to.port, to.host));
			const refused = () => (tries + 1 < targets.length ? attempt(tries + 1) : client.destroy());
			upstream.once('error', refused);
			upstream.once('connect', () => {
				upstream.off('error', refused);
				client.off('error', gone).off('close', gone);
				join(client, upstream);
			});
		};
		attempt(0);
	});
	const join = (client: net.Socket, upstream: net.Socket) => {
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
		client.resume();
	};
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
