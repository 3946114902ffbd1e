import { Entity } from 'typeorm';
import { BooleanColumn, IdColumn, IntColumn, PercentColumn, TimestampColumn, VarcharColumn } from './columns';

/** Payment terms, e.g. "2/10 Net 30". */
@Entity('payment_term')
export class PaymentTerm {
  @IdColumn()
  id: number;

  @VarcharColumn(128)
  name: string;

  /** Days from the invoice date to the (last) due date. */
  @IntColumn()
  netDays: number;

  /** Due at the end of the month in which netDays ends. */
  @BooleanColumn({ default: false })
  endOfMonth: boolean;

  @PercentColumn({ nullable: true })
  earlyPaymentDiscountPercent: string | null;

  @IntColumn({ nullable: true })
  earlyPaymentDiscountDays: number | null;

  @TimestampColumn()
  createdAt: Date;
}
