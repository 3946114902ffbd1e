import {
  Money,
  effectiveIncentiveSettings,
  incentiveConfig,
  isPriorityOrder,
  orderIncentives,
  sameDecimal,
  toDecimalString,
  type IncentiveSettings,
  type OrderAdjustment as DomainAdjustment,
  type TaxedAdjustment,
} from '@portal/domain';
import { at } from '../../common/at';
import type { RequestContext } from '../../context';
import { In } from 'typeorm';
import { Company, CompanySettings, OrderAdjustment, type Order } from '../../entity';

/** A company's own incentive settings, as stored (null fields fall back; no row: all unset). */
export function ownIncentiveSettings(row: CompanySettings | null): IncentiveSettings {
  return {
    portalDiscountPercent: row?.portalDiscountPercent ?? null,
    phoneOrderSurcharge: row?.phoneOrderSurcharge ?? null,
    priorityHandling: row?.priorityHandling ?? null,
  };
}

/**
 * The incentives of orders (the domain's orderIncentives): the settings in effect for a company
 * (its own, else its parent's, else the seller's default from the configuration), the
 * adjustments of an order, and their rows.
 */
export class OrderIncentives {
  /** The settings in effect for a company: own, then its parent's, then the seller's default. */
  async settingsOf(ctx: RequestContext, companyId: number): Promise<IncentiveSettings> {
    return ctx.memo(`incentives:${companyId}`, async () => {
      const company = await ctx.db.getRepository(Company).findOneBy({ id: companyId });
      const ids = [companyId, ...(company?.parentId == null ? [] : [company.parentId])];
      const rows = await ctx.db.getRepository(CompanySettings).findBy({ companyId: In(ids) });
      const of = (id: number) => ownIncentiveSettings(rows.find((r) => r.companyId === id) ?? null);
      return effectiveIncentiveSettings([...ids.map(of), ctx.config.incentives]);
    });
  }

  /** The adjustments an order earns from its channel and goods subtotal. */
  async adjustmentsOf(
    ctx: RequestContext,
    order: Pick<Order, 'companyId' | 'channel' | 'currencyCode'>,
    subtotal: Money,
  ): Promise<{ adjustments: DomainAdjustment[]; settings: IncentiveSettings }> {
    const settings = await this.settingsOf(ctx, order.companyId);
    return {
      adjustments: orderIncentives(
        { channel: order.channel, subtotal },
        incentiveConfig(settings, order.currencyCode),
      ),
      settings,
    };
  }

  /** Whether the company's order from this channel is handled first. */
  async isPriority(ctx: RequestContext, order: Pick<Order, 'companyId' | 'channel'>): Promise<boolean> {
    return isPriorityOrder(order.channel, await this.settingsOf(ctx, order.companyId));
  }

  /**
   * Writes the order's adjustment rows as computed (inside the caller's transaction); rows that
   * are already so are left alone, so editing a cart writes them only when they change.
   */
  async writeRows(
    tx: RequestContext,
    orderId: number,
    taxed: readonly TaxedAdjustment[],
    settings: IncentiveSettings,
  ): Promise<void> {
    const repo = tx.db.getRepository(OrderAdjustment);
    const current = await repo.find({ where: { orderId }, order: { position: 'ASC', id: 'ASC' } });
    const rows = taxed.map((a, i) => ({
      orderId,
      position: i + 1,
      kind: a.kind,
      description: a.description,
      percent: a.kind === 'PORTAL_ORDER_DISCOUNT' ? settings.portalDiscountPercent : null,
      amount: toDecimalString(a.amount.amount),
      taxRate: a.ratePercent === null ? null : toDecimalString(a.ratePercent),
      taxAmount: toDecimalString(a.tax.amount),
    }));
    const same =
      current.length === rows.length &&
      rows.every((row, i) => {
        const stored = at(current, i);
        return (
          stored.kind === row.kind &&
          stored.description === row.description &&
          sameDecimal(stored.amount, row.amount) &&
          sameDecimal(stored.taxAmount, row.taxAmount) &&
          sameNullable(stored.taxRate, row.taxRate) &&
          sameNullable(stored.percent, row.percent)
        );
      });
    if (same) return;
    if (current.length) await repo.delete({ orderId });
    if (rows.length) await repo.insert(rows);
  }
}

function sameNullable(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : sameDecimal(a, b);
}
