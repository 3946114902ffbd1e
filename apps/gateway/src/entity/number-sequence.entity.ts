import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from './columns';

/**
 * Gap-free document numbers (orders, invoices, credit notes, RFQs): read and increment
 * `nextValue` inside the transaction that uses the number (SELECT ... FOR UPDATE on MySQL).
 */
@Entity('number_sequence')
export class NumberSequence {
  /** e.g. "sales_order", "invoice", "credit_note", "rfq". */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name: string;

  @IntColumn()
  nextValue: number;
}
