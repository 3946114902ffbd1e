import type { OrderAdjustmentKind } from '@portal/domain';
import { EnumColumn, IdColumn, IntColumn, MoneyColumn, PercentColumn, VarcharColumn } from './columns';

/**
 * The columns an order adjustment (the domain's orderIncentives: the portal-order discount or the
 * phone/e-mail surcharge) has wherever it is kept: on the order, and copied onto its invoice.
 */
export abstract class AdjustmentColumns {
  @IdColumn()
  id: number;

  @IntColumn()
  position: number;

  @EnumColumn()
  kind: OrderAdjustmentKind;

  @VarcharColumn(255)
  description: string;

  /** The discount percent a PORTAL_ORDER_DISCOUNT was computed at; null for a surcharge. */
  @PercentColumn({ nullable: true })
  percent: string | null;

  @MoneyColumn()
  amount: string;

  /** The rate it was taxed at; null for a discount spread over lines of several rates. */
  @PercentColumn({ nullable: true })
  taxRate: string | null;

  @MoneyColumn({ default: '0' })
  taxAmount: string;
}
