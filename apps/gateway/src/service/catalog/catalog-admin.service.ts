import { In, Not } from 'typeorm';
import {
  AvailabilityPolicy,
  Permission,
  QUANTITY_SCALE,
  canConvert,
  convertQuantity,
  dec,
  findPricelistCycle,
  isKnownCurrency,
  isUomCategory,
  normalizeUnitSet,
  toDecimalString,
  validatePricelistRule,
  type UnitOfMeasure as DomainUnit,
  type UomCategory,
} from '@portal/domain';
import { UserErrorCode } from '../../common/user-error';
import type { RequestContext } from '../../context';
import {
  AccessGroup,
  Category,
  Pricelist,
  PricelistRule,
  Product,
  ProductAccessGroup,
  ProductUnit,
  UnitOfMeasure,
} from '../../entity';
import type {
  PricelistRuleInput,
  SaveCategoryInput,
  SavePricelistInput,
  SaveProductInput,
  SaveUnitOfMeasureInput,
} from './catalog-admin.inputs';
import type { AuditService } from '../support/audit.service';
import type { CatalogService } from './catalog.service';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';
import { toDomainPricelist, toDomainRule, type PricingService } from './pricing.service';

const MONEY_SCALE = 4;
const RATIO_SCALE = 10;

/**
 * Staff administration of the catalog and pricing: units, categories, products, pricelists.
 * Each mutation validates its whole input first (user errors with input paths), then writes in
 * one transaction with an audit-log row; a user error found inside rolls everything back.
 */
export class CatalogAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly pricing: PricingService,
  ) {}

  // ------------------------------------------------------------ units of measure

  saveUnitOfMeasure(ctx: RequestContext, input: SaveUnitOfMeasureInput) {
    this.require(ctx, Permission.CATALOG_MANAGE);
    return payload('unit', async () => {
      const checks = new InputChecks();
      const unitId = checks.id(input.unitId, 'UnitOfMeasure', ['input', 'unitId'], 'unit');
      const name = checks.text(input.name, ['input', 'name'], 'Name', 64);
      const symbol = checks.text(input.symbol, ['input', 'symbol'], 'Symbol', 16);
      const category = (input.category ?? '').trim();
      if (!isUomCategory(category))
        checks.add(UserErrorCode.INVALID, `Category must be one of count, volume, weight, length, time.`, [
          'input',
          'category',
        ]);
      const ratio = checks.decimal(input.ratio, ['input', 'ratio'], 'Ratio', {
        maxScale: RATIO_SCALE,
        positive: true,
        maxIntegerDigits: 14,
      });
      const rounding = checks.decimal(input.rounding, ['input', 'rounding'], 'Rounding', {
        maxScale: RATIO_SCALE,
        positive: true,
        maxIntegerDigits: 14,
      });
      checks.throwIfAny();
      const unit = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(UnitOfMeasure);
        const existing = unitId === null ? null : await repo.findOneBy({ id: unitId });
        if (unitId !== null && !existing)
          checks.add(UserErrorCode.NOT_FOUND, 'No such unit.', ['input', 'unitId']);
        const clash = await repo.findOneBy(
          unitId === null ? { symbol: symbol! } : { symbol: symbol!, id: Not(unitId) },
        );
        if (clash)
          checks.add(UserErrorCode.ALREADY_EXISTS, `A unit with symbol "${symbol}" already exists.`, [
            'input',
            'symbol',
          ]);
        checks.throwIfAny();
        const saved = await repo.save({
          ...(existing ?? {}),
          name: name!,
          symbol: symbol!,
          category,
          ratio: ratio!,
          rounding: rounding!,
        });
        await this.audit.record(tx, {
          entityType: 'UnitOfMeasure',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          changes: { name, symbol, category, ratio, rounding },
        });
        return saved;
      });
      this.catalog.forget(ctx);
      return unit;
    });
  }

  // ------------------------------------------------------------ categories

  saveCategory(ctx: RequestContext, input: SaveCategoryInput) {
    this.require(ctx, Permission.CATALOG_MANAGE);
    return payload('category', async () => {
      const checks = new InputChecks();
      const categoryId = checks.id(input.categoryId, 'Category', ['input', 'categoryId'], 'category');
      const parentId = checks.id(input.parentId, 'Category', ['input', 'parentId'], 'parent category');
      const name = checks.text(input.name, ['input', 'name'], 'Name', 255);
      checks.throwIfAny();
      const category = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Category);
        const all = new Map((await repo.find()).map((c) => [c.id, c]));
        const existing = categoryId === null ? null : (all.get(categoryId) ?? null);
        if (categoryId !== null && !existing)
          checks.add(UserErrorCode.NOT_FOUND, 'No such category.', ['input', 'categoryId']);
        if (parentId !== null && !all.has(parentId))
          checks.add(UserErrorCode.NOT_FOUND, 'No such parent category.', ['input', 'parentId']);
        else if (parentId !== null && categoryId !== null) {
          // The new parent must not be the category itself or below it.
          for (
            let at: number | null = parentId, depth = 0;
            at !== null && depth <= all.size;
            at = all.get(at)?.parentId ?? null, depth++
          ) {
            if (at === categoryId) {
              checks.add(
                UserErrorCode.INVALID,
                'A category cannot be placed under itself or one of its sub-categories.',
                ['input', 'parentId'],
              );
              break;
            }
          }
        }
        checks.throwIfAny();
        const saved = await repo.save({ ...(existing ?? {}), name: name!, parentId });
        await this.audit.record(tx, {
          entityType: 'Category',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          changes: { name, parentId },
        });
        return saved;
      });
      this.catalog.forget(ctx);
      return category;
    });
  }

  // ------------------------------------------------------------ products

  saveProduct(ctx: RequestContext, input: SaveProductInput) {
    this.require(ctx, Permission.CATALOG_MANAGE);
    return payload('product', async () => {
      const checks = new InputChecks();
      const productId = checks.id(input.productId, 'Product', ['input', 'productId'], 'product');
      const sku = checks.text(input.sku, ['input', 'sku'], 'SKU', 64);
      const name = checks.text(input.name, ['input', 'name'], 'Name', 255);
      const description = input.description?.trim() || null;
      const categoryId = checks.id(input.categoryId, 'Category', ['input', 'categoryId'], 'category');
      const baseUnitId = checks.id(input.baseUnitId, 'UnitOfMeasure', ['input', 'baseUnitId'], 'unit');
      const listPrice = checks.decimal(input.listPrice, ['input', 'listPrice'], 'List price', {
        maxScale: MONEY_SCALE,
      });
      const cost = checks.decimal(input.cost, ['input', 'cost'], 'Cost', { maxScale: MONEY_SCALE });
      const moq = checks.decimal(
        input.minimumOrderQuantity,
        ['input', 'minimumOrderQuantity'],
        'Minimum order quantity',
        { maxScale: QUANTITY_SCALE, positive: true },
      );
      const multiple = checks.decimal(input.orderMultiple, ['input', 'orderMultiple'], 'Order multiple', {
        maxScale: QUANTITY_SCALE,
        positive: true,
      });
      const stock = checks.decimal(input.stockOnHand, ['input', 'stockOnHand'], 'Stock on hand', {
        maxScale: QUANTITY_SCALE,
        allowNegative: true,
      });
      if (input.leadTimeDays !== null && input.leadTimeDays !== undefined && input.leadTimeDays < 0) {
        checks.add(UserErrorCode.INVALID, 'Lead time must not be negative.', ['input', 'leadTimeDays']);
      }
      const unitInputs = (input.units ?? []).map((u, i) => ({
        index: i,
        unitId: checks.id(u.unitId, 'UnitOfMeasure', ['input', 'units', i, 'unitId'], 'unit'),
        factor: checks.decimal(u.factor, ['input', 'units', i, 'factor'], 'Factor', {
          maxScale: RATIO_SCALE,
          positive: true,
          maxIntegerDigits: 14,
        }),
        isDefault: u.isDefault ?? false,
      }));
      if (unitInputs.filter((u) => u.isDefault).length > 1) {
        checks.add(UserErrorCode.INVALID, 'Exactly one unit can be the default unit.', ['input', 'units']);
      }
      const seenUnits = new Set<number>();
      for (const u of unitInputs) {
        if (u.unitId === null) continue;
        if (seenUnits.has(u.unitId))
          checks.add(UserErrorCode.INVALID, 'This unit is listed twice.', [
            'input',
            'units',
            u.index,
            'unitId',
          ]);
        seenUnits.add(u.unitId);
      }
      const groupCodes = normalizeCodes(input.accessGroups, ['input', 'accessGroups'], checks);
      checks.throwIfAny();

      const product = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Product);
        const existing = productId === null ? null : await repo.findOneBy({ id: productId });
        if (productId !== null && !existing)
          checks.add(UserErrorCode.NOT_FOUND, 'No such product.', ['input', 'productId']);
        const clash = await repo.findOneBy(
          productId === null ? { sku: sku! } : { sku: sku!, id: Not(productId) },
        );
        if (clash)
          checks.add(UserErrorCode.ALREADY_EXISTS, `A product with SKU ${sku} already exists.`, [
            'input',
            'sku',
          ]);
        if (categoryId !== null && !(await tx.db.getRepository(Category).existsBy({ id: categoryId }))) {
          checks.add(UserErrorCode.NOT_FOUND, 'No such category.', ['input', 'categoryId']);
        }
        const unitIds = [...new Set([baseUnitId!, ...unitInputs.map((u) => u.unitId!)])];
        const units = new Map(
          (await tx.db.getRepository(UnitOfMeasure).findBy({ id: In(unitIds) })).map((u) => [u.id, u]),
        );
        const base = units.get(baseUnitId!);
        if (!base) checks.add(UserErrorCode.NOT_FOUND, 'No such unit.', ['input', 'baseUnitId']);
        const rows: { unitId: number; factor: string; isDefault: boolean }[] = [];
        for (const u of unitInputs) {
          const unit = units.get(u.unitId!);
          const path = ['input', 'units', u.index];
          if (!unit) {
            checks.add(UserErrorCode.NOT_FOUND, 'No such unit.', [...path, 'unitId']);
            continue;
          }
          if (!base) continue;
          if (!canConvert(domainUnit(unit), domainUnit(base))) {
            checks.add(
              UserErrorCode.UNIT_NOT_ALLOWED,
              `${unit.symbol} (${unit.category}) cannot be a unit of a product sold in ${base.symbol} (${base.category}).`,
              [...path, 'unitId'],
            );
            continue;
          }
          let factor = u.factor;
          if (unit.id === base.id) {
            if (factor !== null && !dec(factor).eq(1))
              checks.add(UserErrorCode.INVALID, 'The base unit has factor 1.', [...path, 'factor']);
            factor = '1';
          }
          factor ??= toDecimalString(
            convertQuantity('1', domainUnit(unit), domainUnit(base), { rounding: 'none' }),
            RATIO_SCALE,
          );
          if (dec(factor).lte(0)) {
            checks.add(UserErrorCode.INVALID, 'Factor must be greater than zero.', [...path, 'factor']);
            continue;
          }
          rows.push({ unitId: unit.id, factor, isDefault: u.isDefault });
        }
        checks.throwIfAny();
        const unitSet = normalizeUnitSet(
          rows.map((r) => ({ unit: r.unitId, factor: r.factor, isDefault: r.isDefault })),
          base!.id,
          (unitId) => unitId,
        ).map((e) => ({ unitId: e.unit, factor: e.factor, isDefault: e.isDefault }));

        const now = tx.now();
        const saved = await repo.save({
          ...(existing ?? { createdAt: now, taxClass: 'STANDARD', lowStockThreshold: null }),
          sku: sku!,
          name: name!,
          description,
          categoryId,
          baseUnitId: base!.id,
          listPrice: listPrice!,
          cost,
          minimumOrderQuantity: moq,
          orderMultiple: multiple,
          published: input.published ?? true,
          stockOnHand: stock ?? existing?.stockOnHand ?? '0',
          availabilityPolicy:
            input.availabilityPolicy ?? existing?.availabilityPolicy ?? AvailabilityPolicy.SHOW_UNAVAILABLE,
          restockDate:
            input.restockDate !== undefined ? (input.restockDate ?? null) : (existing?.restockDate ?? null),
          leadTimeDays:
            input.leadTimeDays !== undefined
              ? (input.leadTimeDays ?? null)
              : (existing?.leadTimeDays ?? null),
          updatedAt: now,
        });
        if ((input.units !== null && input.units !== undefined) || !existing) {
          await tx.db.getRepository(ProductUnit).delete({ productId: saved.id });
          await tx.db.getRepository(ProductUnit).insert(unitSet.map((r) => ({ ...r, productId: saved.id })));
        }
        if (groupCodes !== null) {
          const groups = await ensureAccessGroups(tx, groupCodes);
          await tx.db.getRepository(ProductAccessGroup).delete({ productId: saved.id });
          if (groups.length)
            await tx.db
              .getRepository(ProductAccessGroup)
              .insert(groups.map((g) => ({ productId: saved.id, accessGroupId: g.id })));
        }
        await this.audit.record(tx, {
          entityType: 'Product',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          changes: {
            sku,
            name,
            listPrice,
            cost,
            published: saved.published,
            units: rows,
            accessGroups: groupCodes,
          },
        });
        return saved;
      });
      this.catalog.forget(ctx);
      this.pricing.forget(ctx);
      return product;
    });
  }

  // ------------------------------------------------------------ pricelists

  listPricelists(ctx: RequestContext): Promise<Pricelist[]> {
    this.require(ctx, Permission.PRICING_MANAGE);
    return ctx.db.getRepository(Pricelist).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /** The rules of a pricelist in saved order (staff field). */
  rulesOf(ctx: RequestContext, pricelistId: number): Promise<PricelistRule[]> {
    this.require(ctx, Permission.PRICING_MANAGE);
    return ctx.loaders.children(PricelistRule, 'pricelistId', pricelistId, 'position');
  }

  savePricelist(ctx: RequestContext, input: SavePricelistInput) {
    this.require(ctx, Permission.PRICING_MANAGE);
    return payload('pricelist', async () => {
      const checks = new InputChecks();
      const pricelistId = checks.id(input.pricelistId, 'Pricelist', ['input', 'pricelistId'], 'pricelist');
      const name = checks.text(input.name, ['input', 'name'], 'Name', 255);
      const currencyCode = (input.currencyCode ?? '').trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(currencyCode) || !isKnownCurrency(currencyCode)) {
        checks.add(UserErrorCode.INVALID, 'Currency must be an ISO 4217 code, e.g. USD.', [
          'input',
          'currencyCode',
        ]);
      }
      const rules = input.rules.map((rule, i) => parseRule(rule, i, checks));
      checks.throwIfAny();

      const pricelist = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Pricelist);
        const all = await repo.find();
        const existing = pricelistId === null ? null : (all.find((p) => p.id === pricelistId) ?? null);
        if (pricelistId !== null && !existing)
          checks.add(UserErrorCode.NOT_FOUND, 'No such pricelist.', ['input', 'pricelistId']);
        const byId = new Map(all.map((p) => [p.id, p]));
        const categoryIds = rules.map((r) => r.categoryId).filter((id): id is number => id !== null);
        const productIds = rules.map((r) => r.productId).filter((id): id is number => id !== null);
        const categories = new Set(
          categoryIds.length
            ? (await tx.db.getRepository(Category).findBy({ id: In(categoryIds) })).map((c) => c.id)
            : [],
        );
        const products = new Set(
          productIds.length
            ? (await tx.db.getRepository(Product).findBy({ id: In(productIds) })).map((p) => p.id)
            : [],
        );
        rules.forEach((rule, i) => {
          const path = ['input', 'rules', i];
          if (rule.categoryId !== null && !categories.has(rule.categoryId))
            checks.add(UserErrorCode.NOT_FOUND, 'No such category.', [...path, 'categoryId']);
          if (rule.productId !== null && !products.has(rule.productId))
            checks.add(UserErrorCode.NOT_FOUND, 'No such product.', [...path, 'productId']);
          if (rule.basePricelistId !== null) {
            const base = byId.get(rule.basePricelistId);
            if (!base)
              checks.add(UserErrorCode.NOT_FOUND, 'No such pricelist.', [...path, 'basePricelistId']);
            else if (base.currencyCode !== currencyCode) {
              checks.add(
                UserErrorCode.INVALID,
                `The base pricelist is in ${base.currencyCode}, not ${currencyCode}.`,
                [...path, 'basePricelistId'],
              );
            }
          }
        });
        checks.throwIfAny();

        // Cycles through OTHER_PRICELIST bases, with this pricelist's rules as they would be saved.
        const selfId = existing?.id ?? -1;
        const others = all.filter((p) => p.id !== selfId);
        const otherRules = others.length
          ? await tx.db.getRepository(PricelistRule).findBy({ pricelistId: In(others.map((p) => p.id)) })
          : [];
        const domainLists = others.map((p) =>
          toDomainPricelist(
            p,
            otherRules.filter((r) => r.pricelistId === p.id),
          ),
        );
        const selfRules = rules.map((rule, i) =>
          toDomainRule({ ...rule.entity, id: i } as PricelistRule, i, name),
        );
        domainLists.push({ id: String(selfId), name: name!, currencyCode, rules: selfRules });
        const cycle = findPricelistCycle(domainLists);
        if (cycle && cycle.includes(String(selfId))) {
          // Written from this pricelist round: "Gold → Silver → Gold".
          const body = cycle.slice(0, -1);
          const from = body.indexOf(String(selfId));
          const rotated = [...body.slice(from), ...body.slice(0, from), String(selfId)];
          const at = rules.findIndex((r) => String(r.basePricelistId) === rotated[1]);
          const names = rotated.map((id) =>
            id === String(selfId) ? name : (byId.get(Number(id))?.name ?? id),
          );
          checks.add(
            UserErrorCode.INVALID,
            `Pricelists would price from each other in a cycle: ${names.join(' → ')}.`,
            ['input', 'rules', Math.max(at, 0), 'basePricelistId'],
          );
        }
        checks.throwIfAny();

        const now = tx.now();
        const saved = await repo.save({
          ...(existing ?? { createdAt: now, portalDiscountPercent: null }),
          name: name!,
          currencyCode,
          showsCatalogPrices: input.showsCatalogPrices ?? false,
          updatedAt: now,
        });
        await tx.db.getRepository(PricelistRule).delete({ pricelistId: saved.id });
        if (rules.length) {
          await tx.db
            .getRepository(PricelistRule)
            .insert(
              rules.map((r, i) => ({ ...r.entity, pricelistId: saved.id, position: i, createdAt: now })),
            );
        }
        await this.audit.record(tx, {
          entityType: 'Pricelist',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          changes: {
            name,
            currencyCode,
            showsCatalogPrices: saved.showsCatalogPrices,
            rules: rules.map((r) => r.entity),
          },
        });
        return saved;
      });
      ctx.loaders.clear(Pricelist);
      this.pricing.forget(ctx);
      return pricelist;
    });
  }

  private require(ctx: RequestContext, permission: Permission): void {
    if (!ctx.requireViewer().can(permission)) throw new Error(`Reached without ${permission}`);
  }
}

type RuleFields = Omit<
  PricelistRule,
  'id' | 'pricelistId' | 'pricelist' | 'position' | 'createdAt' | 'category' | 'product' | 'basePricelist'
>;

/** Parses one rule input (decimals, ids) and checks it with the domain's validatePricelistRule. */
function parseRule(
  rule: PricelistRuleInput,
  i: number,
  checks: InputChecks,
): {
  entity: RuleFields;
  categoryId: number | null;
  productId: number | null;
  basePricelistId: number | null;
} {
  const path = ['input', 'rules', i];
  const money = (field: keyof PricelistRuleInput, label: string, allowNegative = false) =>
    checks.decimal(rule[field] as string | null | undefined, [...path, field], label, {
      maxScale: MONEY_SCALE,
      allowNegative,
    });
  const percent = (field: keyof PricelistRuleInput, label: string) =>
    checks.decimal(rule[field] as string | null | undefined, [...path, field], label, {
      maxScale: MONEY_SCALE,
      allowNegative: true,
      maxIntegerDigits: 4,
    });
  const before = checks.errors.length;
  const entity: RuleFields = {
    label: checks.optionalText(rule.label, [...path, 'label'], 'Label', 255),
    scope: rule.scope,
    categoryId: checks.id(rule.categoryId, 'Category', [...path, 'categoryId'], 'category'),
    productId: checks.id(rule.productId, 'Product', [...path, 'productId'], 'product'),
    minQuantity:
      checks.decimal(rule.minQuantity ?? '0', [...path, 'minQuantity'], 'Minimum quantity', {
        maxScale: QUANTITY_SCALE,
        allowNegative: true,
      }) ?? '0',
    validFrom: rule.validFrom ?? null,
    validTo: rule.validTo ?? null,
    computation: rule.computation,
    fixedPrice: money('fixedPrice', 'Fixed price', true),
    percentDiscount: percent('percentDiscount', 'Discount'),
    base: rule.base ?? null,
    basePricelistId: checks.id(rule.basePricelistId, 'Pricelist', [...path, 'basePricelistId'], 'pricelist'),
    formulaDiscountPercent: percent('formulaDiscountPercent', 'Formula discount'),
    formulaSurcharge: money('formulaSurcharge', 'Surcharge', true),
    formulaRounding: money('formulaRounding', 'Rounding', true),
    formulaMinMargin: money('formulaMinMargin', 'Minimum margin', true),
    formulaMaxMargin: money('formulaMaxMargin', 'Maximum margin', true),
  };
  // Rules that do not fit their scope keep only the target they need.
  if (entity.scope !== 'CATEGORY') entity.categoryId = null;
  if (entity.scope !== 'PRODUCT') entity.productId = null;
  if (entity.computation !== 'FORMULA' || entity.base !== 'OTHER_PRICELIST') entity.basePricelistId = null;
  if (checks.errors.length === before) {
    for (const issue of validatePricelistRule(toDomainRule({ ...entity, id: i } as PricelistRule, i, null))) {
      checks.add(UserErrorCode.INVALID, `${issue.field} ${issue.message}.`, [...path, issue.field]);
    }
  }
  return {
    entity,
    categoryId: entity.categoryId,
    productId: entity.productId,
    basePricelistId: entity.basePricelistId,
  };
}

/** Access group codes, trimmed and de-duplicated (null: leave unchanged). */
export function normalizeCodes(
  codes: string[] | null | undefined,
  path: (string | number)[],
  checks: InputChecks,
): string[] | null {
  if (codes === null || codes === undefined) return null;
  const result: string[] = [];
  codes.forEach((code, i) => {
    const text = code.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(text)) {
      checks.add(UserErrorCode.INVALID, 'An access group code is 1-64 letters, digits, "-" or "_".', [
        ...path,
        i,
      ]);
    } else if (!result.includes(text)) result.push(text);
  });
  return result;
}

/** The access groups with these codes, creating the unknown ones. */
export async function ensureAccessGroups(tx: RequestContext, codes: string[]): Promise<AccessGroup[]> {
  if (codes.length === 0) return [];
  const repo = tx.db.getRepository(AccessGroup);
  const found = await repo.findBy({ code: In(codes) });
  const missing = codes.filter((c) => !found.some((g) => g.code === c));
  for (const code of missing)
    found.push(
      await repo.save({ code, name: code.charAt(0).toUpperCase() + code.slice(1).replace(/[-_]/g, ' ') }),
    );
  return found;
}

function domainUnit(unit: UnitOfMeasure): DomainUnit {
  return {
    id: String(unit.id),
    symbol: unit.symbol,
    name: unit.name,
    category: unit.category as UomCategory,
    ratio: dec(unit.ratio),
    rounding: dec(unit.rounding),
  };
}
