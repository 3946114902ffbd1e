import {
  OrderAction,
  UserErrorCode as DomainErrorCode,
  checkOrderLine,
  planReorderLine,
  priceChangeMessage,
  toDecimalString,
  unitPriceChanged,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { TextReader } from '../support/reader-text';
import { Address, Order, OrderLine, Product, type UnitOfMeasure } from '../../entity';
import type { CatalogService } from '../catalog/catalog.service';
import { mutationPayload, type Payload } from '../support/mutation';
import { DraftDestination } from './active-cart';
import type { CartService } from './cart.service';
import type { OrderLinesService, PricedLine } from './order-lines.service';
import type { OrderQueryService } from './order-query.service';
import type { OrderStateWriter } from './order-state-writer';

/** What changed on a reordered line since the order it copies. */
export enum ReorderChangeKind {
  PRICE_CHANGED = 'PRICE_CHANGED',
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_IN_CATALOG = 'NOT_IN_CATALOG',
  QUANTITY_ADJUSTED = 'QUANTITY_ADJUSTED',
}

export interface ReorderChange {
  kind: ReorderChangeKind;
  sku: string;
  message: string;
}

export type ReorderResult = Payload<{ order: Order | null; changes: ReorderChange[] }>;

/**
 * Reorder: a new DRAFT with the products, quantities and units of a placed order, priced today.
 * Nothing is dropped silently: every price change, unavailable product, product gone from the
 * catalog and quantity adjusted to a new case pack or minimum is named in `changes`; lines whose
 * product left the catalog stay on the draft (at no price, with a NOT_IN_CATALOG issue) until
 * the buyer removes them.
 */
export class ReorderService {
  constructor(
    private readonly queries: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly cart: CartService,
    private readonly lines: OrderLinesService,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * `into` NEW_DRAFT (the default): a draft of its own, which becomes the buyer's cart only when
   * they have none chosen. CART: the lines are added to the buyer's cart (the same product in the
   * same unit adds to its line), through the same checks as any cart edit; lines whose product
   * left the catalog are not added, and say so.
   */
  reorder(
    ctx: RequestContext,
    orderId: string,
    into: DraftDestination = DraftDestination.NEW_DRAFT,
  ): Promise<ReorderResult> {
    return mutationPayload<{ order: Order | null; changes: ReorderChange[] }>(
      { order: null, changes: [] },
      () => this.reorderInto(ctx, orderId, into),
    );
  }

  private async reorderInto(
    ctx: RequestContext,
    orderId: string,
    into: DraftDestination,
  ): Promise<{ order: Order; changes: ReorderChange[] }> {
    const viewer = ctx.requireViewer();
    const source = await this.queries.findVisible(ctx, idOfType(orderId, 'Order'));
    if (!source) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
    await this.states.check(ctx, source, OrderAction.REORDER);
    const reader = TextReader.of(ctx);
    const sourceLines = await ctx.db
      .getRepository(OrderLine)
      .find({ where: { orderId: source.id }, order: { position: 'ASC', id: 'ASC' } });
    const visibleProducts = await this.catalog.findVisibleMany(
      ctx,
      source.companyId,
      { ids: sourceLines.map((l) => l.productId).filter((id): id is number => id !== null) },
      { includeOutOfStock: true },
    );
    const visible = new Set(visibleProducts.map((p) => p.id));
    // Read once for all lines, not one statement per line in the loop below.
    await this.catalog.preloadUnits(ctx, visibleProducts);
    const changes: ReorderChange[] = [];
    const lines: PricedLine[] = [];
    const previous: (string | null)[] = [];
    // Per line: whether its product is in the buyer's catalog today (else it is kept unpriced).
    const inCatalog: boolean[] = [];
    for (const line of sourceLines) {
      const product = line.productId === null ? null : await ctx.loaders.load(Product, line.productId);
      const oldUnit = await this.catalog.unit(ctx, line.unitId);
      if (!product || !visible.has(product.id)) {
        const [issue] = checkOrderLine({ sku: line.sku, quantity: line.quantity }, null);
        changes.push({
          kind: ReorderChangeKind.NOT_IN_CATALOG,
          sku: line.sku,
          message: `${issue?.message ?? `${line.sku} is no longer in the catalog`}; the line is kept so you can remove it or choose another product.`,
        });
        lines.push(this.unpriced(line, product, oldUnit));
        previous.push(line.unitPrice);
        inCatalog.push(false);
        continue;
      }
      const units = await this.catalog.unitsOf(ctx, product);
      const plan = planReorderLine(
        {
          quantity: line.quantity,
          baseQuantity: line.baseQuantity,
          unitId: String(line.unitId),
          unitSymbol: oldUnit?.symbol ?? null,
          unitPrice: line.unitPrice,
        },
        {
          sku: product.sku,
          baseUnitId: String(product.baseUnitId),
          orderMultiple: product.orderMultiple,
          minimumOrderQuantity: product.minimumOrderQuantity,
          units: units.map((u) => ({
            id: String(u.unit.id),
            symbol: u.unit.symbol,
            factor: u.factor,
            rounding: u.unit.rounding,
          })),
        },
      );
      const unit = units.find((u) => String(u.unit.id) === plan.unit.id);
      if (!unit) throw new Error(`The reorder plan chose a unit ${product.sku} is not sold in`);
      if (plan.adjustment)
        changes.push({
          kind: ReorderChangeKind.QUANTITY_ADJUSTED,
          sku: product.sku,
          message: plan.adjustment,
        });
      const priced = await this.lines.priceOne(ctx, source.companyId, source.currencyCode, {
        product,
        unit: unit.unit,
        factor: unit.factor,
        quantity: toDecimalString(plan.quantity),
        baseQuantity: toDecimalString(plan.baseQuantity),
      });
      const previousUnitPrice = toDecimalString(plan.previousUnitPrice);
      if (unitPriceChanged(previousUnitPrice, priced.unitPrice)) {
        changes.push({
          kind: ReorderChangeKind.PRICE_CHANGED,
          sku: product.sku,
          message: reader.text(
            priceChangeMessage({
              sku: product.sku,
              unitSymbol: unit.unit.symbol,
              sourceNumber: source.number,
              previousUnitPrice,
              unitPrice: priced.unitPrice,
              currencyCode: source.currencyCode,
            }),
          ),
        });
      }
      const issues = checkOrderLine(
        { sku: product.sku, quantity: priced.quantity, unitSymbol: unit.unit.symbol },
        await this.lines.orderable(ctx, product, units, true),
      );
      const unavailable = issues.find((i) => i.code === DomainErrorCode.NOT_AVAILABLE);
      if (unavailable)
        changes.push({ kind: ReorderChangeKind.UNAVAILABLE, sku: product.sku, message: unavailable.message });
      lines.push(priced);
      previous.push(previousUnitPrice);
      inCatalog.push(true);
    }
    if (into === DraftDestination.CART) {
      const cart = await this.cart.cartFor(ctx, source.companyId, ['input', 'into']);
      if (cart) {
        const kept = lines.flatMap((line, i) => (inCatalog[i] ? [{ line, previous: previous[i]! }] : []));
        for (const change of changes)
          if (change.kind === ReorderChangeKind.NOT_IN_CATALOG)
            change.message = `${change.sku} is no longer in the catalog and was not added to your cart.`;
        if (kept.length === 0)
          failWith(
            UserErrorCode.NOT_IN_CATALOG,
            'None of the products of this order is in the catalog now.',
            ['input', 'orderId'],
          );
        const updated = await this.cart.addPricedLines(
          ctx,
          cart.id,
          kept.map((k) => k.line),
          kept.map((k) => k.previous),
        );
        return { order: updated, changes };
      }
    }
    const draft = await ctx.transaction(async (tx) =>
      this.cart.newSeparateDraft(tx, {
        companyId: source.companyId,
        channel: viewer.authMethod === 'api-token' ? 'API' : 'PORTAL',
        lines,
        purchaseOrderNumber: null,
        sourceOrderId: source.id,
        // The source order's ship-to, when the company still has that address.
        shippingAddressId: await keptShipTo(tx, source),
        previousUnitPrices: previous,
      }),
    );
    return { order: (await ctx.loaders.load(Order, draft.id)) ?? draft, changes };
  }

  /** A line whose product left the catalog: kept at no price, so the draft shows it with its issue. */
  private unpriced(line: OrderLine, product: Product | null, unit: UnitOfMeasure | null): PricedLine {
    const placeholder =
      product ??
      Object.assign(new Product(), { id: null as unknown as number, sku: line.sku, name: line.description });
    return {
      product: placeholder,
      unit: unit ?? ({ id: line.unitId } as UnitOfMeasure),
      factor: '1',
      quantity: line.quantity,
      baseQuantity: line.baseQuantity,
      unitPrice: '0',
      lineTotal: '0',
      priceRuleId: null,
      priceExplanation: 'No longer in the catalog',
    };
  }
}

/** The source order's ship-to when it is still one of the company's addresses, else the default (undefined). */
async function keptShipTo(tx: RequestContext, source: Order): Promise<number | undefined> {
  if (source.shippingAddressId === null) return undefined;
  const address = await tx.db.getRepository(Address).findOneBy({ id: source.shippingAddressId });
  return address && address.companyId === source.companyId ? address.id : undefined;
}
