import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
	to: string;
	subject: string;
	text: string;
}

export interface MailCatcher {
	/** `smtp://127.0.0.1:<port>`, for the app's SMTP_URL. */
	url: string;
	mails: CaughtMail[];
	/** The first mail to this address (after `since` mails), waiting for it to arrive. */
	waitFor(to: string, options?: { since?: number; timeoutMs?: number }): Promise<CaughtMail>;
	/** Refuses every message from now on (a mail server that is down for the app's purposes). */
	refuse(on: boolean): void;
	close(): Promise<void>;
}

const addressOf = (mail: ParsedMail) => {
	const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
	return to?.value[0]?.address?.toLowerCase() ?? '';
};

/** A real SMTP server (nodemailer's `smtp-server`) on port 0 that keeps what it receives, parsed. */
export async function startMailCatcher(): Promise<MailCatcher> {
	const mails: CaughtMail[] = [];
	let refusing = false;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			if (refusing) {
				stream.resume();
				stream.on('end', () => callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 })));
				return;
			}
			simpleParser(stream).then(
				(mail) => {
					mails.push({ to: addressOf(mail), subject: mail.subject ?? '', text: mail.text ?? '' });
					callback();
				},
				(error: Error) => callback(error)
			);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		url: `smtp://127.0.0.1:${port}`,
		mails,
		async waitFor(to, options = {}) {
			const deadline = Date.now() + (options.timeoutMs ?? 10_000);
			for (;;) {
				const mail = mails.slice(options.since ?? 0).find((m) => m.to === to.toLowerCase());
				if (mail) return mail;
				if (Date.now() > deadline) throw new Error(`no mail to ${to} within the timeout (${mails.length} mails caught)`);
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		refuse(on) {
			refusing = on;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** The first link of this app found in a mail's text. */
export function linkIn(mail: CaughtMail, pathPrefix: string): string {
	const match = new RegExp(`https?://[^\\s]+${pathPrefix}[a-z2-7]+`).exec(mail.text);
	if (!match) throw new Error(`no ${pathPrefix} link in mail "${mail.subject}"`);
	return match[0];
}
