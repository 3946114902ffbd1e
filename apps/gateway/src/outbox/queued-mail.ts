/** A document rendered and attached when the e-mail is delivered (never stored in the outbox). */
export type MailAttachmentRef =
  | {
      kind: 'INVOICE_PDF';
      /** The invoice's database id. */
      id: number;
    }
  | {
      kind: 'STATEMENT_PDF';
      /** The company's database id. */
      id: number;
      /** The statement's period. */
      from: string;
      to: string;
    };

/** An e-mail as the outbox stores it: the text, and the documents to attach at delivery. */
export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  attach?: MailAttachmentRef[];
}
