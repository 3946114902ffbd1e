import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { PaymentTerm } from './payment-term.entity';
import { ForeignKeyColumn, IdColumn, IntColumn, PercentColumn } from './columns';

/** A share of the invoice total due a number of days after the invoice date. */
@Entity('payment_term_installment')
export class PaymentTermInstallment {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  paymentTermId: number;

  @ManyToOne(() => PaymentTerm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paymentTermId' })
  paymentTerm?: Relation<PaymentTerm>;

  @IntColumn()
  position: number;

  @PercentColumn()
  percent: string;

  @IntColumn()
  days: number;
}
