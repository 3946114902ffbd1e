import {
  Money,
  addDays,
  computeTax,
  ratesForDestination,
  dec,
  lineTotal,
  lineUnitPrice,
  DEFAULT_PRICE_PRECISION,
  toBaseQuantity,
  unitPriceForFactor,
  type Decimal,
} from '@portal/domain';
import { Order, OrderLine } from '../gateway';
import { taxedLine } from '../billing/tax-of-lines';
import type { Prng } from '../core/prng';
import { CURRENCY, HOUR, isoDate, scale4, type SeedContext } from '../core/seed-context';
import type { DemoPricing } from '../steps/pricelists.step';
import type { ReferenceData } from '../steps/reference-data.step';
import type { Staff } from '../steps/staff.step';
import type { LinePlan } from './line-plans';
import type { OrderPlan } from './order-plans';

/** An order row with its lines, priced and taxed. */
export interface PricedOrder {
  order: Order;
  lines: OrderLine[];
}

interface LinePrice {
  /** Per unit of the line, unrounded. */
  unitPrice: Decimal;
  ruleId: number | null;
  explanation: string;
}

/**
 * The price of a plan's line on `date`: the company's pricelist through the domain's pricing
 * engine, as the gateway's PricingService.priceLine asks it (the base quantity, the unit's factor,
 * the list price revealed where the pricelist shows catalog prices). A quotation offers 3–8 % off
 * that, in cents; a custom item is quoted at a price of its own.
 */
function priceLine(
  plan: OrderPlan,
  line: LinePlan,
  date: string,
  pricing: DemoPricing,
  rng: Prng,
): LinePrice {
  const quoted = `Quoted price (${plan.rfq?.row.number ?? 'quotation'})`;
  if (!line.product) {
    return { unitPrice: dec(rng.pick(['0.3900', '0.4200', '0.4800'])), ruleId: null, explanation: quoted };
  }
  const pricelistId = plan.company.row.pricelistId;
  const result = pricing.engine.price({
    pricelistId: pricelistId === null ? null : String(pricelistId),
    product: line.product.pricing,
    quantity: toBaseQuantity(line.quantity, line.factor),
    date,
    revealListPrice:
      pricelistId === null || (pricing.pricelists.get(pricelistId)?.showsCatalogPrices ?? false),
  });
  const catalogUnitPrice = unitPriceForFactor(result.unitPrice, line.factor);
  if (plan.path === 'quote') {
    const shareOfCatalog = rng.pick(['0.92', '0.94', '0.95', '0.97']);
    const offered = Money.of(catalogUnitPrice, CURRENCY).multiply(shareOfCatalog).round();
    return { unitPrice: offered.amount, ruleId: null, explanation: quoted };
  }
  return {
    unitPrice: catalogUnitPrice,
    ruleId: result.ruleId === null ? null : Number(result.ruleId),
    explanation: result.explanation,
  };
}

/**
 * Prices the plan's lines under the company's pricelist on its date, taxes them with the domain's
 * computeTax (the company's exemption, the products' tax classes) and builds the order row, numbered
 * like the order service numbers carts (DR-…) and placed orders (SO-…).
 */
export function priceOrder(
  ctx: SeedContext,
  plan: OrderPlan,
  rng: Prng,
  world: {
    staff: Staff;
    pricing: DemoPricing;
    reference: ReferenceData;
    /** The lines of the order a reorder repeats, for their previous prices. */
    previousLines?: readonly OrderLine[];
    sourceOrderId?: number | null;
  },
): PricedOrder {
  const company = plan.company;
  const id = ctx.writer.id(Order);
  const date = isoDate(plan.createdAt);
  const priced = plan.lines.map((l, i) => {
    const price = priceLine(plan, l, date, world.pricing, rng);
    // The unit price is rounded once, to the pricelist's precision (the domain's lineUnitPrice, as
    // the gateway prices a line); the line total is that unit price × quantity, so it reconciles.
    const unitPrice = lineUnitPrice(price.unitPrice, precisionOf(plan, world.pricing));
    const line: OrderLine = {
      id: ctx.writer.id(OrderLine),
      orderId: id,
      position: i + 1,
      productId: l.product?.row.id ?? null,
      sku: l.sku,
      description: l.description,
      quantity: scale4(l.quantity),
      unitId: l.unitId,
      baseQuantity: scale4(toBaseQuantity(l.quantity, l.factor)),
      unitPrice: scale4(unitPrice),
      lineTotal: scale4(lineTotal(unitPrice, l.quantity, CURRENCY).amount),
      previousUnitPrice: world.previousLines?.[i]?.unitPrice ?? null,
      taxRate: '0.0000',
      taxAmount: '0.0000',
      priceRuleId: price.ruleId,
      priceExplanation: price.explanation,
      // Shipped quantities and backorders come from the stock ledger (inventory.step.ts).
      shippedQuantity: '0.0000',
      cancelledQuantity: '0.0000',
      backorderedBaseQuantity: '0.0000',
    };
    return { line, taxClass: l.product?.row.taxClass ?? 'STANDARD' };
  });
  const lines = priced.map((p) => p.line);

  const isQuote = plan.path === 'quote';
  const quoteSentAt = isQuote ? new Date(plan.createdAt.getTime() + 2 * HOUR) : null;
  const validUntil = quoteSentAt ? addDays(isoDate(quoteSentAt), 30) : null;
  const order: Order = {
    id,
    // Drafts are numbered by their id, as the gateway numbers them (draftNumber).
    number: plan.target === 'DRAFT' ? `DR-${String(id).padStart(6, '0')}` : ctx.numbers.take('order'),
    status: plan.target,
    channel: plan.channel,
    companyId: company.row.id,
    createdById: plan.creator.id,
    assignedToId: world.staff.SALES.id,
    currencyCode: CURRENCY,
    purchaseOrderNumber:
      plan.target === 'DRAFT' || rng.chance(20)
        ? null
        : `PO-${company.spec.poPrefix}-${plan.createdAt.getUTCFullYear()}-${String(rng.int(100, 9999)).padStart(4, '0')}`,
    requestedDeliveryDate: rng.chance(40) ? addDays(date, rng.int(5, 21)) : null,
    notes: rng.chance(15)
      ? rng.pick([
          'Deliver before 10 am, rear entrance.',
          'Call the receiving desk 30 minutes before arrival.',
          'Split delivery is fine.',
          'Lift-gate truck needed.',
        ])
      : null,
    shippingAddressId: rng.chance(75) ? company.defaultShippingId : rng.pick(company.shippingAddressIds),
    // Subtotal, tax and total: below, once the ship-to is chosen (its region's rates apply).
    subtotal: '0',
    // The demo seller configures no incentives (PORTAL_ORDER_DISCOUNT_PERCENT etc. unset).
    adjustmentTotal: '0',
    priority: false,
    taxTotal: '0',
    total: '0',
    sourceOrderId: world.sourceOrderId ?? null,
    rfqId: plan.rfq?.row.id ?? null,
    submittedAt: null,
    createdAt: plan.createdAt,
    updatedAt: plan.createdAt,
    version: 1,
    quoteRevision: isQuote ? 1 : 0,
    quoteValidUntil:
      plan.rfq?.status === 'EXPIRED' && quoteSentAt ? addDays(isoDate(quoteSentAt), 14) : validUntil,
    quoteSentAt,
    quoteAcceptedAt: null,
    quoteSignedByName: null,
    quoteContentHash: null,
    // The warehouse's promise for orders being fulfilled.
    expectedShipDate: plan.target === 'IN_PROGRESS' ? addDays(ctx.today, 3) : null,
    receiptConfirmedAt: null,
  };
  // As the gateway's OrderLinesService.writeLinesAndTotals: taxed at the ship-to's rates (the
  // domain's ratesForDestination); a custom item is taxed at the standard rate.
  const destination =
    order.shippingAddressId === null ? null : (company.destinations.get(order.shippingAddressId) ?? null);
  const tax = computeTax({
    currencyCode: CURRENCY,
    rates: ratesForDestination(world.reference.taxRules, destination),
    exemption: company.row.taxExempt
      ? { resaleCertificateNumber: company.row.taxExemptionCertificate ?? '' }
      : null,
    lines: priced.map(({ line, taxClass }, i) => ({
      ref: String(i),
      taxClass,
      amount: Money.of(line.lineTotal, CURRENCY),
    })),
  });
  for (const [i, line] of lines.entries()) {
    const taxed = taxedLine(tax, i);
    line.taxRate = scale4(taxed.ratePercent);
    line.taxAmount = scale4(taxed.tax.amount);
  }
  order.subtotal = scale4(tax.subtotal.amount);
  order.taxTotal = scale4(tax.taxTotal.amount);
  order.total = scale4(tax.total.amount);
  return { order, lines };
}

/** The unit price precision of the company's pricelist (the default without one). */
function precisionOf(plan: OrderPlan, pricing: DemoPricing): number {
  const id = plan.company.row.pricelistId;
  return (id === null ? null : pricing.pricelists.get(id)?.pricePrecision) ?? DEFAULT_PRICE_PRECISION;
}
