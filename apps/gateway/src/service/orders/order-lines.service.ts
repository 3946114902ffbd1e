import { In } from 'typeorm';
import {
  CREDIT_EXPOSURE_STATUSES,
  Money,
  OrderStatus,
  QUANTITY_SCALE,
  UNIT_PRICE_SCALE,
  UserErrorCode as DomainErrorCode,
  checkOrderLine,
  checkOrderTotals,
  computeTaxWithAdjustments,
  destinationLabel,
  SURCHARGE_TAX_CLASS,
  sumMoney,
  creditExposure,
  dec,
  lineTotal,
  parseDecimal,
  roundToScale,
  sameDecimal,
  toBaseQuantity,
  toDecimalString,
  unitStepProblem,
  type Exposure,
  type OrderIssue,
  type OrderableProduct,
} from '@portal/domain';
import { idOfType, toGlobalId } from '../../common/node-id';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  refuseIfAny,
  userError,
  type UserError,
} from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Company, Invoice, Order, OrderLine, Product, type UnitOfMeasure } from '../../entity';
import { defaultShippingAddress } from './default-shipping-address';
import type { TaxRulesService } from '../taxes/tax-rules.service';
import type { CatalogService, SellableUnit } from '../catalog/catalog.service';
import { onRequestAsNull, type PricingService } from '../catalog/pricing.service';
import { at } from '../../common/at';
import type { TextReader } from '../support/reader-text';
import { availableStockOf } from '../inventory/stock-ledger';
import { creditAccountOf } from '../accounts/account-hierarchy';
import type { OrderIncentives } from './order-incentives';

/** A line as a buyer enters it (the contract's OrderLineInput). */
export interface LineInput {
  productId?: string | null;
  sku?: string | null;
  quantity: string;
  unitId?: string | null;
}

/** A validated line: a product the company may order, in one of its units, with an exact quantity. */
export interface PreparedLine {
  product: Product;
  unit: UnitOfMeasure;
  /** Base units in one `unit`. */
  factor: string;
  quantity: string;
  baseQuantity: string;
}

/** A priced line, ready to be stored. */
export interface PricedLine extends PreparedLine {
  unitPrice: string;
  lineTotal: string;
  priceRuleId: number | null;
  priceExplanation: string;
}

/** The most lines one order (or template) may have. */
export const MAX_ORDER_LINES = 2000;

/** A line as stored (a template's): a product, a quantity in one of its units. */
export interface StoredLine {
  productId: number;
  quantity: string;
  unitId: number;
}

/** One line of an estimate: the product, and its price today (null when it cannot be priced). */
export interface EstimatedLine {
  product: Product;
  quantity: string;
  unitId: number;
  unitPrice: string | null;
  lineTotal: string | null;
  /** What would block ordering this line (not in the catalog, MOQ, multiple, unit, price on request). */
  issues: OrderIssue[];
}

/** What lines would cost if ordered now: priced lines, totals (with tax at the default ship-to) and issues. */
export interface OrderEstimate {
  currencyCode: string;
  lines: EstimatedLine[];
  subtotal: string;
  adjustmentTotal: string | null;
  taxTotal: string | null;
  total: string | null;
  /** Order-level issues: minimum order value, credit limit, a missing tax rate. */
  issues: OrderIssue[];
}

/** The issues of a draft: per line (by line id) and for the whole order. */
export interface OrderIssues {
  byLine: Map<number, OrderIssue[]>;
  order: OrderIssue[];
}

/**
 * Order lines: turns buyer input into validated, priced lines, computes totals and tax, and the
 * `issues` that block submission. Every rule comes from @portal/domain (parseDecimal,
 * checkOrderLine, checkOrderTotals, computeTax, lineTotal); this service only gathers the data.
 * Shared by the cart, quick order, reorder, templates (and later quotes).
 */
export class OrderLinesService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly pricing: PricingService,
    private readonly taxRules: TaxRulesService,
    private readonly incentives: OrderIncentives,
  ) {}

  /**
   * Validates lines for a company. `fieldOf(i)` is the input path of line i (e.g.
   * ["input", "lines", "3"]). Returns the prepared lines, or the user errors of every bad line
   * (nothing is prepared then).
   */
  async prepare(
    ctx: RequestContext,
    companyId: number,
    inputs: readonly LineInput[],
    fieldOf: (index: number) => string[],
  ): Promise<{ lines: PreparedLine[]; errors: UserError[] }> {
    const errors: UserError[] = [];
    if (inputs.length > MAX_ORDER_LINES) {
      return {
        lines: [],
        errors: [
          userError(
            UserErrorCode.INVALID,
            `At most ${MAX_ORDER_LINES} lines per order.`,
            fieldOf(0).slice(0, -1),
          ),
        ],
      };
    }
    // One statement for every product id and SKU of the batch (quick order: 50 SKUs at once).
    const ids = inputs
      .map((l) => idOfType(l.productId ?? null, 'Product'))
      .filter((id): id is number => id !== null);
    const skus = inputs.map((l) => l.sku?.trim() ?? '').filter((s) => s.length > 0);
    const found = await this.catalog.findVisibleMany(
      ctx,
      companyId,
      { ids, skus },
      { includeOutOfStock: true },
    );
    const byId = new Map(found.map((p) => [p.id, p]));
    const bySku = new Map(found.map((p) => [p.sku, p]));
    // The sellable units of every product found, in one statement (the loop asks line by line).
    await this.catalog.preloadUnits(ctx, found);

    const lines: PreparedLine[] = [];
    for (const [index, input] of inputs.entries()) {
      const field = fieldOf(index);
      const before = errors.length;
      const hasId = input.productId !== undefined && input.productId !== null;
      const sku = input.sku?.trim() ?? '';
      let product: Product | undefined;
      if (hasId === sku.length > 0) {
        errors.push(userError(UserErrorCode.INVALID, 'Give either a productId or a sku.', field));
      } else if (hasId) {
        const id = idOfType(input.productId, 'Product');
        product = id === null ? undefined : byId.get(id);
        if (!product)
          errors.push(
            userError(UserErrorCode.NOT_FOUND, 'No such product in your catalog.', [...field, 'productId']),
          );
      } else {
        product = bySku.get(sku);
        if (!product)
          errors.push(
            userError(UserErrorCode.NOT_IN_CATALOG, `${sku} is not in the catalog.`, [...field, 'sku']),
          );
      }

      const parsed = parseDecimal(input.quantity, { maxScale: QUANTITY_SCALE });
      if (!parsed.ok) {
        errors.push(userError(UserErrorCode.INVALID, parsed.message, [...field, 'quantity']));
      } else if (parsed.value.isZero()) {
        errors.push(
          userError(UserErrorCode.INVALID, 'The quantity must be more than 0.', [...field, 'quantity']),
        );
      }
      if (!product || errors.length > before || !parsed.ok) continue;

      const units = await this.catalog.unitsOf(ctx, product);
      let sellable: SellableUnit | undefined;
      if (input.unitId !== undefined && input.unitId !== null) {
        const unitId = idOfType(input.unitId, 'UnitOfMeasure');
        sellable = units.find((u) => u.unit.id === unitId);
        if (!sellable) {
          const asked = unitId === null ? null : await this.catalog.unit(ctx, unitId);
          const [issue] = checkOrderLine(
            { sku: product.sku, quantity: parsed.value, unitSymbol: asked?.symbol ?? 'this unit' },
            await this.orderable(ctx, product, units, true),
          );
          errors.push(
            userError(
              UserErrorCode.UNIT_NOT_ALLOWED,
              issue?.message ?? `${product.sku} is not sold in this unit.`,
              [...field, 'unitId'],
            ),
          );
          continue;
        }
      } else {
        sellable = units.find((u) => u.isDefault) ?? units[0];
      }
      if (!sellable) continue;
      const stepProblem = unitStepProblem(
        parsed.value,
        sellable.unit.rounding,
        product.sku,
        sellable.unit.symbol,
      );
      if (stepProblem) {
        errors.push(userError(UserErrorCode.INVALID, stepProblem, [...field, 'quantity']));
        continue;
      }
      lines.push({
        product,
        unit: sellable.unit,
        factor: sellable.factor,
        quantity: toDecimalString(parsed.value),
        baseQuantity: toDecimalString(toBaseQuantity(parsed.value, sellable.factor)),
      });
    }
    return errors.length ? { lines: [], errors } : { lines, errors };
  }

  /**
   * Prepares lines stored earlier (a template, a line of a draft) again: a product that has left
   * the buyer's catalog since is NOT_IN_CATALOG with `goneMessage`, on the stored lines' field.
   */
  async prepareStored(
    ctx: RequestContext,
    companyId: number,
    stored: readonly { productId: number | null; quantity: string; unitId: number }[],
    fieldOf: (index: number) => string[],
    goneMessage: string,
  ): Promise<PreparedLine[]> {
    const gone = stored.findIndex((line) => line.productId === null);
    if (gone >= 0) failWith(UserErrorCode.NOT_IN_CATALOG, goneMessage, fieldOf(gone));
    const prepared = await this.prepare(
      ctx,
      companyId,
      stored.map((line) => ({
        productId: toGlobalId('Product', line.productId!),
        quantity: line.quantity,
        unitId: toGlobalId('UnitOfMeasure', line.unitId),
      })),
      fieldOf,
    );
    refuseIfAny(
      prepared.errors.map((e) =>
        e.code === UserErrorCode.NOT_FOUND
          ? userError(UserErrorCode.NOT_IN_CATALOG, goneMessage, e.field)
          : e,
      ),
    );
    return prepared.lines;
  }

  /** Prices prepared lines under the company's pricelist today. */
  async price(
    ctx: RequestContext,
    companyId: number,
    currencyCode: string,
    lines: readonly PreparedLine[],
  ): Promise<PricedLine[]> {
    const priced: PricedLine[] = [];
    const onRequest: string[] = [];
    await this.catalog.preloadCategories(
      ctx,
      lines.map((l) => l.product),
    );
    for (const line of lines) {
      const price = await onRequestAsNull(
        this.pricing.priceLine(ctx, companyId, line.product, line.baseQuantity, line.factor),
      );
      if (!price) {
        onRequest.push(line.product.sku);
        continue;
      }
      priced.push({
        ...line,
        unitPrice: price.unitPrice,
        lineTotal: toDecimalString(lineTotal(price.unitPrice, line.quantity, currencyCode).amount),
        priceRuleId: price.ruleId,
        priceExplanation: price.explanation,
      });
    }
    if (onRequest.length)
      failWith(
        UserErrorCode.NOT_AVAILABLE,
        `${onRequest.join(', ')}: price on request; ask for a quote (RFQ) to order ${onRequest.length === 1 ? 'it' : 'them'}.`,
      );
    return priced;
  }

  /**
   * Prices every line of a draft again under the company's pricelist today, each at its
   * product's whole base quantity on the order (two lines of one product reach a volume break
   * together), and writes tax and totals. A line whose product left the catalog, or whose unit
   * is no longer sold, keeps its price (its issues block submitting). Answers the SKUs whose price
   * is now on request (a cost-based rule and no cost): they keep their old price too.
   */
  async repriceDraft(tx: RequestContext, order: Order, lines: OrderLine[]): Promise<string[]> {
    const productIds = [...new Set(lines.map((l) => l.productId).filter((id): id is number => id !== null))];
    const products = new Map(
      (productIds.length
        ? await this.catalog.findVisibleMany(
            tx,
            order.companyId,
            { ids: productIds },
            { includeOutOfStock: true },
          )
        : []
      ).map((p) => [p.id, p]),
    );
    const unitsOf = new Map(
      await Promise.all(
        [...products.values()].map(async (p) => [p.id, await this.catalog.unitsOf(tx, p)] as const),
      ),
    );
    const onOrder = baseQuantitiesByProduct(lines);
    const onRequest: string[] = [];
    await this.catalog.preloadCategories(tx, [...products.values()]);
    for (const line of lines) {
      const product = line.productId === null ? undefined : products.get(line.productId);
      const unit = product && unitsOf.get(product.id)?.find((u) => u.unit.id === line.unitId);
      if (!product || !unit) continue;
      const price = await onRequestAsNull(
        this.pricing.priceLine(tx, order.companyId, product, onOrder.get(product.id)!, unit.factor),
      );
      if (!price) {
        onRequest.push(product.sku);
        continue;
      }
      const unitPrice = roundTo4(price.unitPrice);
      const total = toDecimalString(lineTotal(unitPrice, line.quantity, order.currencyCode).amount);
      if (
        sameDecimal(unitPrice, line.unitPrice) &&
        sameDecimal(total, line.lineTotal) &&
        line.priceRuleId === price.ruleId &&
        line.priceExplanation === price.explanation
      )
        continue;
      const priced = {
        unitPrice,
        lineTotal: total,
        priceRuleId: price.ruleId,
        priceExplanation: price.explanation,
      };
      await tx.db.getRepository(OrderLine).update({ id: line.id }, priced);
      Object.assign(line, priced);
    }
    await this.writeLinesAndTotals(tx, order, lines);
    return onRequest;
  }

  /**
   * What stored lines would cost if the company ordered them now through `channel`, without
   * writing anything: each line checked by the domain's line rules (as a draft's issues) and
   * priced by the pricing service at its product's whole base quantity (as repriceDraft), then
   * tax and incentive adjustments at the company's default ship-to (as writeLinesAndTotals) and
   * the order-level rules. Lines that cannot be priced are left out of the totals; their issues
   * say why.
   */
  async estimate(
    ctx: RequestContext,
    order: Pick<Order, 'companyId' | 'channel' | 'currencyCode'>,
    stored: readonly StoredLine[],
  ): Promise<OrderEstimate> {
    const { companyId, currencyCode } = order;
    const products = await Promise.all(stored.map((l) => ctx.loaders.load(Product, l.productId)));
    const visible = await Promise.all(stored.map((l) => this.visibleIds(ctx, companyId, l.productId)));
    const lines = await Promise.all(
      stored.map(async (line, i) => {
        const product = products[i] ?? null;
        const units = product && visible[i] ? await this.catalog.unitsOf(ctx, product) : [];
        const factor = units.find((u) => u.unit.id === line.unitId)?.factor ?? null;
        return {
          line,
          product,
          factor,
          baseQuantity: factor === null ? null : toDecimalString(toBaseQuantity(line.quantity, factor)),
        };
      }),
    );
    const onOrder = baseQuantitiesByProduct(
      lines.flatMap((l) =>
        l.baseQuantity === null ? [] : [{ productId: l.line.productId, baseQuantity: l.baseQuantity }],
      ),
    );
    const estimated: EstimatedLine[] = [];
    await this.catalog.preloadCategories(
      ctx,
      products.filter((p): p is Product => p !== null),
    );
    for (const [i, { line, product, factor }] of lines.entries()) {
      if (!product) continue; // A template line's product is deleted with it (ON DELETE CASCADE).
      const orderBase = onOrder.get(product.id) ?? null;
      const issues = await this.lineIssues(
        ctx,
        companyId,
        { id: i, productId: product.id, sku: product.sku, quantity: line.quantity, unitId: line.unitId },
        orderBase,
      );
      let unitPrice: string | null = null;
      let total: string | null = null;
      if (visible[i] && factor !== null && orderBase !== null) {
        const price = await onRequestAsNull(
          this.pricing.priceLine(ctx, companyId, product, orderBase, factor),
        );
        if (price) {
          unitPrice = roundTo4(price.unitPrice);
          total = toDecimalString(lineTotal(unitPrice, line.quantity, currencyCode).amount);
        } else
          issues.push({
            code: DomainErrorCode.NOT_AVAILABLE,
            message: `${product.sku}: price on request; ask for a quote (RFQ) to order it.`,
            lineRef: String(i),
            details: { sku: product.sku },
          });
      }
      estimated.push({
        product,
        quantity: line.quantity,
        unitId: line.unitId,
        unitPrice,
        lineTotal: total,
        issues,
      });
    }
    const priced = estimated.filter((l) => l.lineTotal !== null);
    const subtotal = toDecimalString(
      sumMoney(
        priced.map((l) => Money.of(l.lineTotal!, currencyCode)),
        currencyCode,
      ).amount,
    );
    const shipping = await defaultShippingAddress(ctx, companyId);
    let totals: { adjustmentTotal: string; taxTotal: string; total: string } | null = null;
    const issues: OrderIssue[] = [];
    try {
      const { tax } = await this.totalsOf(
        ctx,
        { ...order, shippingAddressId: shipping?.id ?? null },
        priced.map((l) => ({ productId: l.product.id, sku: l.product.sku, lineTotal: l.lineTotal! })),
      );
      totals = {
        adjustmentTotal: toDecimalString(tax.adjustmentTotal.amount),
        taxTotal: toDecimalString(tax.taxTotal.amount),
        total: toDecimalString(tax.total.amount),
      };
    } catch (error) {
      if (!(error instanceof UserErrorsException)) throw error;
      for (const e of error.userErrors)
        issues.push({ code: e.code as unknown as DomainErrorCode, message: e.message, details: {} });
    }
    if (totals)
      issues.push(
        ...(await this.orderTotalIssues(ctx, {
          id: 0,
          companyId,
          currencyCode,
          subtotal,
          total: totals.total,
        })),
      );
    return {
      currencyCode,
      lines: estimated,
      subtotal,
      adjustmentTotal: totals?.adjustmentTotal ?? null,
      taxTotal: totals?.taxTotal ?? null,
      total: totals?.total ?? null,
      issues,
    };
  }

  /** Prices one prepared line under the company's pricelist today. */
  async priceOne(
    ctx: RequestContext,
    companyId: number,
    currencyCode: string,
    line: PreparedLine,
  ): Promise<PricedLine> {
    const [priced] = await this.price(ctx, companyId, currencyCode, [line]);
    if (!priced) throw new Error('A prepared line was not priced');
    return priced;
  }

  /** The row of a new order line. */
  toRow(
    orderId: number,
    position: number,
    line: PricedLine,
    previousUnitPrice: string | null = null,
  ): Partial<OrderLine> {
    return {
      orderId,
      position,
      productId: line.product.id,
      sku: line.product.sku,
      description: line.product.name.slice(0, 512),
      quantity: line.quantity,
      unitId: line.unit.id,
      baseQuantity: line.baseQuantity,
      unitPrice: roundTo4(line.unitPrice),
      lineTotal: line.lineTotal,
      previousUnitPrice: previousUnitPrice === null ? null : roundTo4(previousUnitPrice),
      taxRate: '0',
      taxAmount: '0',
      priceRuleId: line.priceRuleId,
      priceExplanation: line.priceExplanation,
    };
  }

  /**
   * Recomputes tax and totals of an order from its lines (all of them, as the transaction sees them), writes
   * the line taxes that changed and the order's totals. Lines without an id yet are inserted. The
   * order's incentive adjustments (portal discount, phone/e-mail surcharge) are computed from its
   * channel and goods subtotal, taxed with the goods (computeTaxWithAdjustments) and written too.
   */
  async writeLinesAndTotals(tx: RequestContext, order: Order, lines: Partial<OrderLine>[]): Promise<void> {
    const { tax, settings } = await this.totalsOf(tx, order, lines);
    const changed: Partial<OrderLine>[] = [];
    const inserts: Partial<OrderLine>[] = [];
    tax.lines.forEach((taxed, i) => {
      const line = at(lines, i);
      const taxRate = roundTo4(toDecimalString(taxed.ratePercent));
      const taxAmount = roundTo4(toDecimalString(taxed.tax.amount));
      const differs =
        !line.taxRate ||
        !line.taxAmount ||
        !sameDecimal(line.taxRate, taxRate) ||
        !sameDecimal(line.taxAmount, taxAmount);
      line.taxRate = taxRate;
      line.taxAmount = taxAmount;
      if (line.id === undefined) inserts.push(line);
      else if (differs) changed.push(line);
    });
    for (let i = 0; i < inserts.length; i += 100)
      await tx.db.getRepository(OrderLine).insert(inserts.slice(i, i + 100));
    for (const line of changed)
      await tx.db
        .getRepository(OrderLine)
        .update({ id: line.id }, { taxRate: line.taxRate, taxAmount: line.taxAmount });
    await this.incentives.writeRows(tx, order.id, tax.adjustments, settings);
    order.subtotal = toDecimalString(tax.subtotal.amount);
    order.adjustmentTotal = toDecimalString(tax.adjustmentTotal.amount);
    order.taxTotal = toDecimalString(tax.taxTotal.amount);
    order.total = toDecimalString(tax.total.amount);
  }

  /**
   * The tax and totals of an order's lines (and its incentive adjustments) as writeLinesAndTotals
   * would write them, without writing: also prices what is not an order yet (a template's estimate).
   * Refuses (NOT_AVAILABLE) a line or surcharge without a tax rate at the ship-to.
   */
  async totalsOf(
    tx: RequestContext,
    order: Pick<Order, 'companyId' | 'channel' | 'currencyCode' | 'shippingAddressId'>,
    lines: readonly Partial<OrderLine>[],
  ) {
    const company = await tx.db.getRepository(Company).findOneByOrFail({ id: order.companyId });
    const productIds = [
      ...new Set(lines.map((l) => l.productId).filter((id): id is number => id !== null && id !== undefined)),
    ];
    const products = productIds.length ? await this.productsById(tx, productIds) : new Map<number, Product>();
    // Tax follows the ship-to: each class at its rate there. A class without one is refused, never taxed at 0.
    const rates = await this.taxRules.ratesFor(tx, order.shippingAddressId);
    const classOf = (line: Partial<OrderLine>) => products.get(line.productId ?? -1)?.taxClass ?? 'STANDARD';
    const untaxable = lines.filter((line) => !rates.some((r) => r.taxClass === classOf(line)));
    if (untaxable.length) {
      const destination = destinationLabel(await this.taxRules.destinationOf(tx, order.shippingAddressId));
      failWith(
        UserErrorCode.NOT_AVAILABLE,
        `No tax rate at ${destination} (the order's ship-to) for ${[...new Set(untaxable.map((l) => `${l.sku || l.description} (tax class ${classOf(l)})`))].join(', ')}: choose another ship-to, or ask accounting to add the rate.`,
        ['input', 'shippingAddressId'],
      );
    }
    const goodsSubtotal = sumMoney(
      lines.map((line) => Money.of(line.lineTotal ?? '0', order.currencyCode)),
      order.currencyCode,
    );
    const { adjustments, settings } = await this.incentives.adjustmentsOf(tx, order, goodsSubtotal);
    // A surcharge is taxed at its class's rate at the ship-to, which must exist like any line's.
    const knownRates = [...rates];
    const surcharged = adjustments.some((a) => !a.amount.isNegative() && !a.amount.isZero());
    if (surcharged && !rates.some((r) => r.taxClass === SURCHARGE_TAX_CLASS)) {
      const destination = destinationLabel(await this.taxRules.destinationOf(tx, order.shippingAddressId));
      failWith(
        UserErrorCode.NOT_AVAILABLE,
        `No ${SURCHARGE_TAX_CLASS} tax rate at ${destination} (the order's ship-to) for the order surcharge: choose another ship-to, or ask accounting to add the rate.`,
        ['input', 'shippingAddressId'],
      );
    }
    if (!surcharged && !knownRates.some((r) => r.taxClass === SURCHARGE_TAX_CLASS))
      // No surcharge to tax: the class is named only so the computation has it.
      knownRates.push({ taxClass: SURCHARGE_TAX_CLASS, percent: '0' });
    const tax = computeTaxWithAdjustments({
      currencyCode: order.currencyCode,
      adjustments,
      rates: knownRates,
      exemption: this.taxRules.exemptionOf(tx, company),
      lines: lines.map((line, i) => ({
        ref: String(i),
        taxClass: classOf(line),
        amount: Money.of(line.lineTotal ?? '0', order.currencyCode),
      })),
    });
    return { tax, settings };
  }

  private async productsById(tx: RequestContext, ids: number[]): Promise<Map<number, Product>> {
    const result = new Map<number, Product>();
    for (let i = 0; i < ids.length; i += 500) {
      for (const p of await tx.db.getRepository(Product).findBy({ id: In(ids.slice(i, i + 500)) }))
        result.set(p.id, p);
    }
    return result;
  }

  /** What the domain's line rules need to know about a product. */
  async orderable(
    ctx: RequestContext,
    product: Product,
    units: SellableUnit[] | null,
    visible: boolean,
  ): Promise<OrderableProduct> {
    const sellable = units ?? (await this.catalog.unitsOf(ctx, product));
    const base = await this.catalog.unit(ctx, product.baseUnitId);
    return {
      sku: product.sku,
      published: product.published,
      visibleToCompany: visible,
      baseUnitSymbol: base?.symbol ?? 'ea',
      units: sellable
        .filter((u) => u.unit.id !== product.baseUnitId)
        .map((u) => ({ symbol: u.unit.symbol, factor: u.factor })),
      minimumOrderQuantity: product.minimumOrderQuantity,
      orderMultiple: product.orderMultiple,
      stock: {
        policy: product.availabilityPolicy,
        stockOnHand: await availableStockOf(ctx, product.id),
        restockDate: product.restockDate,
        leadTimeDays: product.leadTimeDays,
      },
    };
  }

  /** The issues of one line: the domain's line rules on the product as the order's company sees it now. */
  async lineIssues(
    ctx: RequestContext,
    companyId: number,
    line: Pick<OrderLine, 'id' | 'productId' | 'sku' | 'quantity' | 'unitId'>,
    orderBaseQuantity: string | null = null,
  ): Promise<OrderIssue[]> {
    const product = line.productId === null ? null : await ctx.loaders.load(Product, line.productId);
    const visible = product ? await this.visibleIds(ctx, companyId, line.productId!) : false;
    const unit = await this.catalog.unit(ctx, line.unitId);
    return checkOrderLine(
      {
        ref: String(line.id),
        sku: line.sku,
        quantity: line.quantity,
        unitSymbol: unit?.symbol ?? null,
        orderBaseQuantity,
      },
      product ? await this.orderable(ctx, product, null, visible) : null,
    );
  }

  /**
   * Whether the product is visible to the company; batched per request and company through a
   * DataLoader: the ids asked for in one tick go to the catalog in one statement.
   */
  private visibleIds(ctx: RequestContext, companyId: number, productId: number): Promise<boolean> {
    return ctx.loaders
      .batched<number, boolean>(`orders:visible:${companyId}`, async (ids) => {
        const found = await this.catalog.findVisibleMany(
          ctx,
          companyId,
          { ids: [...ids] },
          { includeOutOfStock: true },
        );
        const visible = new Set(found.map((p) => p.id));
        return ids.map((id) => visible.has(id));
      })
      .load(productId);
  }

  /**
   * Everything that blocks submitting a draft, from the domain: each line's rules, the minimum
   * order value and the credit limit (open invoices + open orders + this order). Placed orders
   * have no issues.
   */
  async issuesOf(ctx: RequestContext, order: Order, lines?: readonly OrderLine[]): Promise<OrderIssues> {
    const compute = async (): Promise<OrderIssues> => {
      const byLine = new Map<number, OrderIssue[]>();
      if (order.status !== OrderStatus.DRAFT) return { byLine, order: [] };
      const rows = lines ?? (await ctx.loaders.children(OrderLine, 'orderId', order.id, 'position'));
      const onOrder = baseQuantitiesByProduct(rows);
      const perLine = await Promise.all(
        rows.map((line) =>
          this.lineIssues(
            ctx,
            order.companyId,
            line,
            line.productId === null ? null : (onOrder.get(line.productId) ?? null),
          ),
        ),
      );
      rows.forEach((line, i) => byLine.set(line.id, at(perLine, i)));
      const orderIssues = await this.orderTotalIssues(ctx, order);
      return { byLine, order: orderIssues };
    };
    if (lines) return compute();
    return ctx.memo(`orders:issues:${order.id}:${order.version}`, compute);
  }

  /**
   * The order-level rules, in any status (placing a draft, accepting a quote, approving): the
   * minimum order value and the credit limit (open invoices + open orders + this order).
   */
  async orderTotalIssues(
    ctx: RequestContext,
    order: Pick<Order, 'id' | 'companyId' | 'currencyCode' | 'subtotal' | 'total'>,
  ): Promise<OrderIssue[]> {
    const company = await ctx.loaders.load(Company, order.companyId);
    const currency = order.currencyCode;
    // The company's own limit, or its parent's shared by the whole group (creditScope).
    const account = await creditAccountOf(ctx, order.companyId);
    const creditLimit = account.creditLimit;
    return checkOrderTotals({
      orderValue: Money.of(order.subtotal, currency),
      orderTotal: Money.of(order.total, currency),
      minimumOrderValue: company?.minimumOrderValue ? Money.of(company.minimumOrderValue, currency) : null,
      credit:
        creditLimit === null
          ? null
          : {
              creditLimit: Money.of(creditLimit, currency),
              ...(await this.exposure(ctx, order, account.companyIds)),
            },
    });
  }

  /** What the company owes and has on order, without this order (the domain's creditExposure). */
  private async exposure(
    ctx: RequestContext,
    order: Pick<Order, 'id' | 'currencyCode'>,
    companyIds: number[],
  ): Promise<Exposure> {
    const currency = order.currencyCode;
    // Drafts are not owed yet: their orders count as open orders.
    const documents = await ctx.db.getRepository(Invoice).find({
      select: { id: true, total: true, amountPaid: true, currencyCode: true, kind: true },
      where: { companyId: In(companyIds), status: 'OPEN' },
    });
    const orders = await ctx.db.getRepository(Order).find({
      select: { id: true, status: true, total: true, currencyCode: true },
      where: { companyId: In(companyIds), status: In([...CREDIT_EXPOSURE_STATUSES]) },
    });
    return creditExposure(
      currency,
      documents.map((d) => ({
        kind: d.kind,
        total: Money.of(d.total, d.currencyCode),
        amountPaid: Money.of(d.amountPaid, d.currencyCode),
      })),
      orders.map((o) => ({
        id: String(o.id),
        status: o.status,
        total: Money.of(o.total, o.currencyCode),
      })),
      String(order.id),
    );
  }

  /** Issues that block placing the order, as user errors worded for `reader` (no guarded figures). */
  blocking(
    issues: OrderIssues | readonly OrderIssue[],
    reader: TextReader,
    field: string[] = ['input', 'orderId'],
  ): UserError[] {
    const all = Array.isArray(issues)
      ? (issues as readonly OrderIssue[])
      : [...[...(issues as OrderIssues).byLine.values()].flat(), ...(issues as OrderIssues).order];
    return all.map((issue) => userError(toUserErrorCode(issue.code), reader.issue(issue).message, field));
  }
}

export function toUserErrorCode(code: DomainErrorCode | string): UserErrorCode {
  return (UserErrorCode as Record<string, UserErrorCode>)[code] ?? UserErrorCode.INVALID;
}

/** Unit prices can carry more decimals than the column; stored rounded half-up to 4. */
export function roundTo4(value: string): string {
  return toDecimalString(roundToScale(value, UNIT_PRICE_SCALE, 'half-up'));
}

/** Each product's whole base quantity on the order, all its lines together. */
export function baseQuantitiesByProduct(
  lines: readonly Pick<OrderLine, 'productId' | 'baseQuantity'>[],
): Map<number, string> {
  const totals = new Map<number, string>();
  for (const line of lines) {
    if (line.productId === null) continue;
    totals.set(
      line.productId,
      toDecimalString(dec(totals.get(line.productId) ?? '0').add(dec(line.baseQuantity))),
    );
  }
  return totals;
}
