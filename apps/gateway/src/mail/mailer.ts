import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { PortalConfig } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The HTML part (the outbox renders one from the text, with the seller's branding). */
  html?: string;
  /** The Message-ID, e.g. `<key@portal>`: the same on every attempt, so a receiver sees a repeat as one message. */
  messageId?: string;
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface SentMail {
  messageId: string;
  /** Where the message went: an SMTP server, or the .eml file in the outbox. */
  deliveredTo: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
}

/** Sends through SMTP when configured (SMTP_URL or SMTP_HOST…). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }
  async send(mail: OutgoingMail): Promise<SentMail> {
    const info = await this.transport.sendMail({ from: this.from, ...mail });
    return { messageId: String(info.messageId), deliveredTo: 'smtp' };
  }
}

/**
 * The embedded default: every message is rendered as a real RFC 5322 message and written as an
 * .eml file under `<dataDir>/outbox/`, and a line is logged, so a demo needs no mail server.
 */
export class OutboxMailer implements Mailer {
  private readonly transport: Transporter;
  constructor(
    private readonly outboxDir: string,
    private readonly from: string,
    private readonly log: (line: string) => void = (line) => console.log(line),
  ) {
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }
  async send(mail: OutgoingMail): Promise<SentMail> {
    const info = await this.transport.sendMail({ from: this.from, ...mail });
    const file = path.join(
      this.outboxDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`,
    );
    await mkdir(this.outboxDir, { recursive: true });
    await writeFile(file, info.message as Buffer);
    this.log(`[mail] "${mail.subject}" to ${mail.to} written to ${file}`);
    return { messageId: String(info.messageId), deliveredTo: file };
  }
}

export function createMailer(config: PortalConfig): Mailer {
  return config.smtp
    ? new SmtpMailer(config.smtp.url, config.mailFrom)
    : new OutboxMailer(path.join(config.dataDir, 'outbox'), config.mailFrom);
}
