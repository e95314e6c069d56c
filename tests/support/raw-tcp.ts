import { randomBytes } from 'node:crypto';
import net from 'node:net';

/** A plain TCP connection to the server, for what no WebSocket library will send. */
export interface RawTcp {
	socket: net.Socket;
	/** Everything received so far. */
	received(): Buffer;
	ended: Promise<void>;
	write(data: Buffer | string): void;
}

export async function rawTcp(port: number): Promise<RawTcp> {
	const socket = net.connect(port, '127.0.0.1');
	await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
	const chunks: Buffer[] = [];
	socket.on('data', (c: Buffer) => chunks.push(c));
	socket.on('error', () => {});
	const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
	return { socket, received: () => Buffer.concat(chunks), ended, write: (d) => socket.write(d) };
}

export function upgradeRequest(port: number, path: string, headers: Record<string, string>): string {
	const lines = [
		`GET ${path} HTTP/1.1`,
		`Host: 127.0.0.1:${port}`,
		'Upgrade: websocket',
		'Connection: Upgrade',
		`Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
		'Sec-WebSocket-Version: 13',
		...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)
	];
	return `${lines.join('\r\n')}\r\n\r\n`;
}

/** A masked client frame; `firstByte` carries FIN, the RSV bits and the opcode. */
export function clientFrame(firstByte: number, payload: Buffer): Buffer {
	if (payload.length > 125) throw new Error('short frames only');
	const mask = randomBytes(4);
	const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
	return Buffer.concat([Buffer.from([firstByte, 0x80 | payload.length]), mask, masked]);
}

/** The status code of the first server close frame after the 101 response, if any. */
export function serverCloseCode(received: Buffer): number | null {
	const headerEnd = received.indexOf('\r\n\r\n');
	let i = headerEnd < 0 ? 0 : headerEnd + 4;
	while (i + 2 <= received.length) {
		const opcode = received[i]! & 0x0f;
		let len = received[i + 1]! & 0x7f;
		let at = i + 2;
		if (len === 126) {
			len = received.readUInt16BE(at);
			at += 2;
		} else if (len === 127) return null;
		if (opcode === 0x8) return len >= 2 ? received.readUInt16BE(at) : 1005;
		i = at + len;
	}
	return null;
}
