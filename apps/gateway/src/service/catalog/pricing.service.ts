import { In } from 'typeorm';
import {
  DEFAULT_PRICE_PRECISION,
  MissingCostError,
  Permission,
  createPricingEngine,
  lineUnitPrice,
  lineTotal,
  parseDecimal,
  toBaseQuantity,
  toDecimalString,
  unitPriceForFactor,
  type Pricelist as DomainPricelist,
  type PricelistRule as DomainRule,
  type PricingEngine,
  type ProductPricingInput,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { effectivePricelist } from '../accounts/account-hierarchy';
import type { RequestContext } from '../../context';
import { Company, Pricelist, PricelistRule, Product, type UnitOfMeasure } from '../../entity';
import type { CatalogService, SellableUnit } from './catalog.service';
import { BadInputError, ForbiddenError } from '../../common/request-errors';
import {
  CompiledPricingCache,
  RULES_FINGERPRINT_SELECTS,
  rulesFingerprintOf,
} from './compiled-pricing-cache';

/** A priced order line: exact decimal strings. */
export interface LinePrice {
  /** Per ordered unit (base-unit price × the unit's factor), rounded to the pricelist's precision. */
  unitPrice: string;
  /** Per base unit, unrounded (what prices sort by). */
  baseUnitPrice: string;
  /** The pricelist rule that set the price; null: the list price. */
  ruleId: number | null;
  /** One line for the buyer; never writes a list price the viewer's company may not see. */
  explanation: string;
  currencyCode: string;
}

/** One row of a volume-break table, in the unit asked for. */
export interface PriceBreakRow {
  minQuantity: string;
  unitPrice: string;
  explanation: string;
  currencyCode: string;
}

/** A company's compiled pricing, built once per request. */
interface CompanyPricing {
  engine: PricingEngine;
  pricelist: Pricelist | null;
  currencyCode: string;
  /** Contract-price viewers of this company also see catalog (list) prices. */
  showsCatalogPrices: boolean;
  /** Decimals of its unit prices. */
  pricePrecision: number;
}

/** What `Product.price` answers (amounts as exact decimal strings). */
export interface ProductPriceView {
  unitPrice: string;
  quantity: string;
  unit: UnitOfMeasure;
  lineTotal: string;
  compareAtUnitPrice: string | null;
  explanation: string;
  currencyCode: string;
}

/** What the staff price simulator answers: a company's price of a product at a quantity, and why. */
export interface PriceSimulationView {
  company: Company;
  product: Product;
  /** The company's pricelist; null: list prices. */
  pricelist: Pricelist | null;
  /** The rule that set the price; null: the list price (or on request, or not in the catalog). */
  rule: PricelistRule | null;
  /** False when the company may not see the product (access groups, unpublished): no price. */
  inCatalog: boolean;
  quantity: string;
  unit: UnitOfMeasure;
  /** Null: on request, or not in the company's catalog. */
  unitPrice: string | null;
  lineTotal: string | null;
  /** The line the company's buyers read (null where they get no price). */
  explanation: string | null;
  currencyCode: string;
}

/** Seller currency when neither a pricelist nor a company says otherwise. */
const DEFAULT_CURRENCY = 'USD';

/**
 * Contract prices, computed at query time by the domain's pricing engine. The engine of a
 * company (its pricelist and the pricelists it is based on) is compiled once per request.
 */
export class PricingService {
  private readonly compiled = new CompiledPricingCache();

  constructor(private readonly catalog: CatalogService) {}

  /**
   * The compiled engine of a company (null: list prices), memoised per request; the engine of a
   * pricelist is compiled once per version of the rules (CompiledPricingCache).
   */
  private pricingOf(ctx: RequestContext, companyId: number | null): Promise<CompanyPricing> {
    return ctx.memo(`pricing:company:${companyId ?? 'none'}`, async () => {
      // One statement for the company, its pricelist and the rules' fingerprint; the rules only
      // when this version of them is not compiled yet (one statement per level of pricelists).
      let company: Company | null = null;
      let fingerprint = '';
      if (companyId !== null) {
        const query = ctx.db
          .getRepository(Company)
          .createQueryBuilder('company')
          .leftJoinAndSelect('company.pricelist', 'pricelist')
          .where('company.id = :companyId', { companyId });
        for (const [sql, alias] of RULES_FINGERPRINT_SELECTS) query.addSelect(sql, alias);
        const { entities, raw } = await query.getRawAndEntities<Record<string, unknown>>();
        company = entities[0] ?? null;
        fingerprint = rulesFingerprintOf(raw[0]);
      }
      if (company) ctx.loaders.prime(Company, company);
      // A subsidiary without a pricelist of its own buys from its parent's.
      const pricelist = company ? (company.pricelist ?? (await effectivePricelist(ctx, company))) : null;
      if (!pricelist) {
        return {
          engine: createPricingEngine([]),
          pricelist: null,
          currencyCode: company?.currencyCode ?? DEFAULT_CURRENCY,
          showsCatalogPrices: true,
          pricePrecision: DEFAULT_PRICE_PRECISION,
        };
      }
      ctx.loaders.prime(Pricelist, pricelist);
      const database = ctx.runtime.dataSource;
      let engine = this.compiled.get(database, pricelist.id, fingerprint);
      if (!engine) {
        const pricelists = await this.loadPricelistClosure(ctx, pricelist);
        engine = createPricingEngine(pricelists.map((p) => p.domain));
        if (!ctx.inTransaction) this.compiled.set(database, pricelist.id, fingerprint, engine);
      }
      return {
        engine,
        pricelist,
        currencyCode: pricelist.currencyCode,
        showsCatalogPrices: pricelist.showsCatalogPrices,
        pricePrecision: pricelist.pricePrecision,
      };
    });
  }

  /** A pricelist and every pricelist its FORMULA rules are based on, as domain pricelists. */
  private async loadPricelistClosure(
    ctx: RequestContext,
    root: Pricelist,
  ): Promise<{ entity: Pricelist; domain: DomainPricelist }[]> {
    const result: { entity: Pricelist; domain: DomainPricelist }[] = [];
    const seen = new Set<number>();
    let frontier = [root.id];
    while (frontier.length > 0) {
      frontier.forEach((id) => seen.add(id));
      const [entities, rules] = await Promise.all([
        frontier.length === 1 && frontier[0] === root.id ? [root] : ctx.loaders.loadMany(Pricelist, frontier),
        ctx.db.getRepository(PricelistRule).find({
          where: { pricelistId: In(frontier) },
          order: { pricelistId: 'ASC', position: 'ASC', id: 'ASC' },
        }),
      ]);
      const next = new Set<number>();
      for (const entity of entities) {
        if (!entity) continue;
        const own = rules.filter((r) => r.pricelistId === entity.id);
        result.push({ entity, domain: toDomainPricelist(entity, own) });
        for (const r of own)
          if (r.basePricelistId !== null && !seen.has(r.basePricelistId)) next.add(r.basePricelistId);
      }
      frontier = [...next];
    }
    return result;
  }

  /** What the engine needs of a product. */
  async pricingInput(ctx: RequestContext, product: Product): Promise<ProductPricingInput> {
    const [path, baseUnit] = await Promise.all([
      this.catalog.categoryPath(ctx, product.categoryId),
      this.catalog.unit(ctx, product.baseUnitId),
    ]);
    return {
      productId: String(product.id),
      categoryPath: path.map(String),
      listPrice: product.listPrice,
      cost: product.cost,
      baseUnitSymbol: baseUnit?.symbol ?? 'ea',
    };
  }

  /** What the engine needs of each of these products (their categories read in one statement). */
  async pricingInputs(ctx: RequestContext, products: readonly Product[]): Promise<ProductPricingInput[]> {
    await this.catalog.preloadCategories(ctx, products);
    return Promise.all(products.map((product) => this.pricingInput(ctx, product)));
  }

  /**
   * The id of the pricelist a company buys from (its own, else its parent's; null: list prices),
   * from the request's pricing of the company (the statement its prices need anyway).
   */
  async pricelistIdOf(ctx: RequestContext, companyId: number): Promise<number | null> {
    return (await this.pricingOf(ctx, companyId)).pricelist?.id ?? null;
  }

  /** Whether contract-price viewers of this company also see catalog prices (no pricelist: yes). */
  async catalogPricesVisible(ctx: RequestContext, companyId: number | null): Promise<boolean> {
    return (await this.pricingOf(ctx, companyId)).showsCatalogPrices;
  }

  /** May the viewer read catalog (list) prices? PRICES_CATALOG roles, and contract-price roles where the pricelist shows them. */
  async viewerSeesCatalogPrices(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.requireViewer();
    if (viewer.can(Permission.PRICES_CATALOG)) return true;
    if (!viewer.can(Permission.PRICES_CONTRACT)) return false;
    return this.catalogPricesVisible(ctx, viewer.isStaff ? null : viewer.companyId);
  }

  /** The currency prices of this company are in. */
  async currencyOf(ctx: RequestContext, companyId: number | null): Promise<string> {
    return (await this.pricingOf(ctx, companyId)).currencyCode;
  }

  /**
   * The contract price for a company (null: list price) at a base-unit quantity, today.
   * `unitFactor` is the ordered unit's factor (Case = 24).
   */
  async priceLine(
    ctx: RequestContext,
    companyId: number | null,
    product: Product,
    baseQuantity: string,
    unitFactor: string,
  ): Promise<LinePrice> {
    const [pricing, input] = await Promise.all([
      this.pricingOf(ctx, companyId),
      this.pricingInput(ctx, product),
    ]);
    const result = pricing.engine.price({
      pricelistId: pricing.pricelist ? String(pricing.pricelist.id) : null,
      product: input,
      quantity: baseQuantity,
      date: ctx.clock.today(),
      revealListPrice: pricing.showsCatalogPrices,
    });
    return {
      unitPrice: toDecimalString(
        lineUnitPrice(unitPriceForFactor(result.unitPrice, unitFactor), pricing.pricePrecision),
      ),
      baseUnitPrice: toDecimalString(result.unitPrice),
      ruleId: result.ruleId === null ? null : Number(result.ruleId),
      explanation: result.explanation,
      currencyCode: pricing.currencyCode,
    };
  }

  /** Prices of many products at one base unit each (for sorting by price), in one pass. */
  async basePrices(
    ctx: RequestContext,
    companyId: number | null,
    products: Product[],
  ): Promise<Map<number, string>> {
    const prices = new Map<number, string>();
    await this.catalog.preloadCategories(ctx, products);
    for (const product of products) {
      const line = await onRequestAsNull(this.priceLine(ctx, companyId, product, '1', '1'));
      // A product on request has no price to sort by: it sorts last.
      if (line) prices.set(product.id, line.baseUnitPrice);
    }
    return prices;
  }

  /**
   * The per-base-unit price each product sorts by for the viewer: the contract price for
   * PRICES_CONTRACT viewers, the catalog price for catalog-price-only viewers, nothing (no
   * price sort) otherwise. Never a price the viewer could not read.
   */
  async sortPrices(ctx: RequestContext, products: Product[]): Promise<Map<number, string>> {
    const viewer = ctx.requireViewer();
    if (viewer.can(Permission.PRICES_CONTRACT))
      return this.basePrices(ctx, this.catalog.viewerCompanyId(ctx), products);
    if (viewer.can(Permission.PRICES_CATALOG)) return new Map(products.map((p) => [p.id, p.listPrice]));
    return new Map();
  }

  /** The volume-break table of a product in one of its units. */
  async priceBreaks(
    ctx: RequestContext,
    companyId: number | null,
    product: Product,
    unitFactor: string,
  ): Promise<PriceBreakRow[]> {
    const [pricing, input] = await Promise.all([
      this.pricingOf(ctx, companyId),
      this.pricingInput(ctx, product),
    ]);
    let rows: ReturnType<PricingEngine['priceBreaks']>;
    try {
      rows = pricing.engine.priceBreaks({
        pricelistId: pricing.pricelist ? String(pricing.pricelist.id) : null,
        product: input,
        unitFactor,
        date: ctx.clock.today(),
        revealListPrice: pricing.showsCatalogPrices,
      });
    } catch (e) {
      if (e instanceof MissingCostError) return []; // price on request
      throw e;
    }
    return rows.map((row) => ({
      minQuantity: toDecimalString(row.minQuantity),
      unitPrice: toDecimalString(lineUnitPrice(row.unitPrice, pricing.pricePrecision)),
      explanation: row.explanation,
      currencyCode: pricing.currencyCode,
    }));
  }

  /** A line total: quantity × the line's unit price, rounded to the currency. */
  lineTotal(unitPrice: string, quantity: string, currencyCode: string): string {
    return toDecimalString(lineTotal(unitPrice, quantity, currencyCode).amount);
  }

  /**
   * `Product.price(quantity, unitId)` for the viewer: the quantity (in the unit) is validated
   * with the domain's parseDecimal, the unit must be one of the product's. Bad arguments are
   * BAD_USER_INPUT GraphQL errors (they are query arguments, not mutation input). Null: price
   * on request (a cost-based rule applies and the product has no cost).
   */
  async productPrice(
    ctx: RequestContext,
    product: Product,
    quantityInput: string,
    unitGlobalId: string | null | undefined,
  ): Promise<ProductPriceView | null> {
    const companyId = this.catalog.viewerCompanyId(ctx);
    const parsed = parseDecimal(quantityInput, { maxScale: 4 });
    if (!parsed.ok) throw new BadInputError(`quantity: ${parsed.message}`);
    if (parsed.value.isZero()) throw new BadInputError('quantity: The quantity must be greater than zero.');
    const unit = await this.unitOfProduct(ctx, product, unitGlobalId);
    const quantity = toDecimalString(parsed.value);
    const baseQuantity = toDecimalString(toBaseQuantity(parsed.value, unit.factor));
    const [line, showsCatalog] = await Promise.all([
      onRequestAsNull(this.priceLine(ctx, companyId, product, baseQuantity, unit.factor)),
      this.catalogPricesVisible(ctx, companyId),
    ]);
    if (!line) return null;
    return {
      unitPrice: line.unitPrice,
      quantity,
      unit: unit.unit,
      lineTotal: this.lineTotal(line.unitPrice, quantity, line.currencyCode),
      compareAtUnitPrice: showsCatalog
        ? toDecimalString(unitPriceForFactor(product.listPrice, unit.factor))
        : null,
      explanation: line.explanation,
      currencyCode: line.currencyCode,
    };
  }

  /**
   * Staff: the price a company's buyers get for a product at a quantity (in one of its units, the
   * default unit when absent), today, with the rule that applied and the explanation they read.
   */
  async simulate(
    ctx: RequestContext,
    args: { companyId: string; productId: string; quantity: string; unitId?: string | null },
  ): Promise<PriceSimulationView> {
    const companyId = idOfType(args.companyId, 'Company');
    const company = companyId === null ? null : await ctx.loaders.load(Company, companyId);
    if (!company) throw new BadInputError('companyId: No such company.');
    const productId = idOfType(args.productId, 'Product');
    // Staff see every product; whether the company may buy it is answered by inCatalog.
    const product = productId === null ? null : await ctx.loaders.load(Product, productId);
    if (!product) throw new BadInputError('productId: No such product.');
    const parsed = parseDecimal(args.quantity, { maxScale: 4 });
    if (!parsed.ok) throw new BadInputError(`quantity: ${parsed.message}`);
    if (parsed.value.lte(0)) throw new BadInputError('quantity: The quantity must be greater than zero.');
    const unit = await this.unitOfProduct(ctx, product, args.unitId);
    const quantity = toDecimalString(parsed.value);
    const baseQuantity = toDecimalString(toBaseQuantity(parsed.value, unit.factor));
    const [pricing, visible] = await Promise.all([
      this.pricingOf(ctx, company.id),
      this.catalog.findVisible(ctx, company.id, { id: product.id }, { includeOutOfStock: true }),
    ]);
    const line = visible
      ? await onRequestAsNull(this.priceLine(ctx, company.id, product, baseQuantity, unit.factor))
      : null;
    const rule = line?.ruleId == null ? null : await ctx.loaders.load(PricelistRule, line.ruleId);
    return {
      company,
      product,
      pricelist: pricing.pricelist,
      rule: rule ?? null,
      inCatalog: visible !== null,
      quantity,
      unit: unit.unit,
      unitPrice: line?.unitPrice ?? null,
      lineTotal: line ? this.lineTotal(line.unitPrice, quantity, line.currencyCode) : null,
      explanation: line?.explanation ?? null,
      currencyCode: pricing.currencyCode,
    };
  }

  /** `Product.priceBreaks(unitId)` for the viewer. */
  async productPriceBreaks(
    ctx: RequestContext,
    product: Product,
    unitGlobalId: string | null | undefined,
  ): Promise<PriceBreakRow[]> {
    const unit = await this.unitOfProduct(ctx, product, unitGlobalId);
    return this.priceBreaks(ctx, this.catalog.viewerCompanyId(ctx), product, unit.factor);
  }

  /** `Product.catalogPrice`: the list price per base unit, or a FORBIDDEN error where the viewer may not see it. */
  async catalogPrice(
    ctx: RequestContext,
    product: Product,
  ): Promise<{ amount: string; currencyCode: string }> {
    if (!(await this.viewerSeesCatalogPrices(ctx))) {
      throw new ForbiddenError('Your pricelist does not show catalog prices.');
    }
    return {
      amount: product.listPrice,
      currencyCode: await this.currencyOf(ctx, this.catalog.viewerCompanyId(ctx)),
    };
  }

  /** The asked unit among the product's units (default unit when absent), or BAD_USER_INPUT. */
  private async unitOfProduct(
    ctx: RequestContext,
    product: Product,
    unitGlobalId: string | null | undefined,
  ): Promise<SellableUnit> {
    const units = await this.catalog.unitsOf(ctx, product);
    if (unitGlobalId === null || unitGlobalId === undefined) {
      const unit = units.find((u) => u.isDefault) ?? units[0];
      if (!unit) throw new Error(`Product ${product.id} has no unit`);
      return unit;
    }
    const unitId = idOfType(unitGlobalId, 'UnitOfMeasure');
    const unit = unitId === null ? undefined : units.find((u) => u.unit.id === unitId);
    if (!unit) {
      const known = unitId === null ? null : await this.catalog.unit(ctx, unitId);
      const name = known ? `"${known.symbol}"` : `"${unitGlobalId.slice(0, 40)}"`;
      throw new BadInputError(
        `unitId: ${product.sku} is not sold in unit ${name}; it is sold in ${units.map((u) => u.unit.symbol).join(', ')}.`,
      );
    }
    return unit;
  }

  /**
   * Forgets compiled pricing of this request and this process's compiled engines (after a
   * pricelist or company changed; other processes see the new rules' fingerprint).
   */
  forget(ctx: RequestContext): void {
    ctx.forget('pricing:');
    this.compiled.clear(ctx.runtime.dataSource);
  }
}

/**
 * A price that needs a cost the product lacks (a cost-based rule; product saves refuse this, but
 * a rule added later can still reach one): that product is "price on request" (null), never a
 * failed page.
 */
export async function onRequestAsNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof MissingCostError) return null;
    throw e;
  }
}

/** Turns stored rules into the domain's pricelist; "created last" order is (createdAt, id). */
export function toDomainPricelist(pricelist: Pricelist, rules: PricelistRule[]): DomainPricelist {
  const ordered = [...rules].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  return {
    id: String(pricelist.id),
    name: pricelist.name,
    currencyCode: pricelist.currencyCode,
    showsCatalogPrices: pricelist.showsCatalogPrices,
    rules: ordered.map((rule, index) => toDomainRule(rule, index)),
  };
}

export function toDomainRule(rule: PricelistRule, createdSeq: number): DomainRule {
  return {
    id: String(rule.id),
    scope: rule.scope,
    categoryId: rule.categoryId === null ? null : String(rule.categoryId),
    productId: rule.productId === null ? null : String(rule.productId),
    minQuantity: rule.minQuantity,
    validFrom: rule.validFrom,
    validTo: rule.validTo,
    computation: rule.computation,
    fixedPrice: rule.fixedPrice,
    percentDiscount: rule.percentDiscount,
    base: rule.base,
    basePricelistId: rule.basePricelistId === null ? null : String(rule.basePricelistId),
    formulaDiscountPercent: rule.formulaDiscountPercent,
    formulaSurcharge: rule.formulaSurcharge,
    formulaRounding: rule.formulaRounding,
    formulaMinMargin: rule.formulaMinMargin,
    formulaMaxMargin: rule.formulaMaxMargin,
    createdSeq,
    customerText: rule.customerText,
  };
}
