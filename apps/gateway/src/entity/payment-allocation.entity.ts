import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Invoice } from './invoice.entity';
import { Payment } from './payment.entity';
import { ForeignKeyColumn, IdColumn, MoneyColumn } from './columns';

/** The part of a payment (or of a credit note, via its own invoice row) applied to an invoice. */
@Entity('payment_allocation')
export class PaymentAllocation {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  paymentId: number;

  @ManyToOne(() => Payment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paymentId' })
  payment?: Relation<Payment>;

  @ForeignKeyColumn()
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoiceId' })
  invoice?: Relation<Invoice>;

  /** Money applied to the invoice. */
  @MoneyColumn()
  amount: string;

  /** Early payment discount granted on the invoice with this payment. */
  @MoneyColumn({ default: '0' })
  discountTaken: string;
}
