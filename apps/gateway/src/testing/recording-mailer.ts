import type { Mailer, OutgoingMail, SentMail } from '../mail/mailer';

/** Keeps sent messages in memory so tests can read invitation links. */
export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<SentMail> {
    this.sent.push(mail);
    return { messageId: `test-${this.sent.length}`, deliveredTo: 'memory' };
  }
  lastTo(email: string): OutgoingMail | undefined {
    return [...this.sent].reverse().find((m) => m.to === email);
  }
  /** The invitation token in the last message to `email`. */
  invitationTokenFor(email: string): string {
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(this.lastTo(email)?.text ?? '')?.[1];
    if (!token) throw new Error(`no invitation mail to ${email}`);
    return token;
  }
}
