import { Entity, Index } from 'typeorm';
import { IdColumn, TimestampColumn, VarcharColumn } from './columns';

/**
 * A scheduled notice that was sent, by its key (e.g. "invoice-reminder:12:due-3",
 * "statement:4:2026-12-02"). The row is inserted in the transaction that writes the notice's
 * e-mails: the unique key lets one of several processes running the job at once commit it, the
 * others fail on the key and send nothing.
 */
@Entity('sent_notice')
export class SentNotice {
  @IdColumn()
  id: number;

  @Index({ unique: true })
  @VarcharColumn(128)
  key: string;

  @TimestampColumn()
  createdAt: Date;
}
