import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
}

/** Sends mail, or says there is no way to: the UI then tells people to share links by hand. */
export interface Mailer {
	readonly enabled: boolean;
	/** Resolves when the SMTP server accepted the message; rejects with its error otherwise. */
	send(mail: OutgoingMail): Promise<void>;
}

/** A mailer for `SMTP_URL` (nodemailer), or a disabled one when it is unset. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
	if (!smtpUrl) {
		return {
			enabled: false,
			send: () => Promise.reject(new Error('No SMTP_URL is set: this server cannot send mail.'))
		};
	}
	let transport: Transporter | null = null;
	return {
		enabled: true,
		async send(mail) {
			// Fail in seconds, not minutes, when the mail server does not answer: the person is waiting.
			transport ??= nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
			await transport.sendMail({ from, ...mail });
		}
	};
}
