import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Money, Permission, portalSavingText, sumMoney, toDecimalString } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { MoneyType, money, moneyOrNull } from '../common/money.type';
import type { RequestContext } from '../context';
import { Company, CompanySettings, Invoice, InvoiceAdjustment, Order, OrderAdjustment } from '../entity';
import { ownIncentiveSettings } from '../service/orders/order-incentives';
import type { Services } from '../service/services';
import {
  CompanyIncentivesType,
  OrderAdjustmentType,
  type OrderAdjustmentKind,
} from './types/adjustment.type';
import { CompanyType } from './types/company.type';
import { InvoiceType } from './types/invoice.type';
import { OrderType } from './types/order.type';

function adjustmentType(row: OrderAdjustment | InvoiceAdjustment, currencyCode: string): OrderAdjustmentType {
  return {
    kind: row.kind as OrderAdjustmentKind,
    description: row.description,
    percent: row.percent === null ? null : toDecimalString(row.percent),
    amount: money(row.amount, currencyCode),
    taxRate: row.taxRate === null ? null : toDecimalString(row.taxRate),
    taxAmount: money(row.taxAmount, currencyCode),
  };
}

/** The incentive adjustments of orders: guarded like the order's totals (PRICES_CONTRACT). */
@Resolver(() => OrderType)
export class OrderIncentivesResolver {
  @FieldResolver(() => [OrderAdjustmentType], {
    nullable: true,
    description:
      'Order-level adjustments (portal discount, phone/e-mail surcharge): subtotal + adjustments + taxTotal = total. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  async adjustments(@Root() order: Order, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.children(OrderAdjustment, 'orderId', order.id, 'position');
    return rows.map((row) => adjustmentType(row, order.currencyCode));
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'The sum of the adjustments, before tax. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  adjustmentTotal(@Root() order: Order) {
    return money(order.adjustmentTotal, order.currencyCode);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For a cart with the portal-order discount: "You save 1% by ordering online"; null otherwise. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  async portalSaving(@Root() order: Order, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.children(OrderAdjustment, 'orderId', order.id, 'position');
    return portalSavingText(rows.find((r) => r.kind === 'PORTAL_ORDER_DISCOUNT')?.percent ?? null);
  }

  @FieldResolver(() => Boolean, {
    description: 'A portal order of a company with priority handling: listed first in fulfilment.',
  })
  priority(@Root() order: Order) {
    return order.priority;
  }
}

/** The adjustments an invoice carries from its order (read with the invoice). */
@Resolver(() => InvoiceType)
export class InvoiceIncentivesResolver {
  @FieldResolver(() => [OrderAdjustmentType], {
    description:
      "Order-level adjustments from the invoice's order: subtotal + adjustments + taxTotal = total.",
  })
  async adjustments(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.children(InvoiceAdjustment, 'invoiceId', invoice.id, 'position');
    return rows.map((row) => adjustmentType(row, invoice.currencyCode));
  }

  @FieldResolver(() => MoneyType, { description: 'The sum of the adjustments, before tax.' })
  async adjustmentTotal(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.children(InvoiceAdjustment, 'invoiceId', invoice.id, 'position');
    const total = sumMoney(
      rows.map((row) => Money.of(row.amount, invoice.currencyCode)),
      invoice.currencyCode,
    );
    return money(toDecimalString(total.amount), invoice.currencyCode);
  }
}

/** A company's incentive settings: in effect (own users and staff), or its own (staff). */
@Resolver(() => CompanyType)
export class CompanyIncentivesResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => CompanyIncentivesType, {
    nullable: true,
    description:
      "The incentives in effect (`own: true`: only the company's own settings, unset ones null; staff only). Read by the company's own users and staff; the surcharge requires PRICES_CONTRACT.",
  })
  async incentives(
    @Root() company: Company,
    @Ctx() ctx: RequestContext,
    @Arg('own', () => Boolean, { nullable: true, defaultValue: false }) own: boolean,
  ) {
    const viewer = ctx.requireViewer();
    if (!viewer.isStaff && (own || viewer.companyId !== company.id)) return null;
    const settings = own
      ? ownIncentiveSettings(await ctx.db.getRepository(CompanySettings).findOneBy({ companyId: company.id }))
      : await this.services.incentives.settingsOf(ctx, company.id);
    return {
      portalDiscountPercent:
        settings.portalDiscountPercent === null ? null : toDecimalString(settings.portalDiscountPercent),
      phoneOrderSurcharge: viewer.can(Permission.PRICES_CONTRACT)
        ? moneyOrNull(settings.phoneOrderSurcharge, company.currencyCode)
        : null,
      priorityHandling: settings.priorityHandling === true,
    };
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'On a parent company: one credit limit shared with its subsidiaries. Staff only (null otherwise).',
  })
  async sharedCreditLimit(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!ctx.requireViewer().isStaff) return null;
    const row = await ctx.db.getRepository(CompanySettings).findOneBy({ companyId: company.id });
    return row?.sharedCreditLimit ?? false;
  }
}
