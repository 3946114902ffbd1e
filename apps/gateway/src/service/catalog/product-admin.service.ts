import { In, Not } from 'typeorm';
import {
  AvailabilityPolicy,
  Permission,
  QUANTITY_SCALE,
  canConvert,
  convertQuantity,
  dec,
  normalizeUnitSet,
  toDecimalString,
} from '@portal/domain';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Category, Product, ProductAccessGroup, ProductUnit, UnitOfMeasure } from '../../entity';
import type { InventoryService } from '../inventory/inventory.service';
import type { TaxRulesService } from '../taxes/tax-rules.service';
import type { AuditService } from '../support/audit.service';
import { FieldChanges } from '../support/field-changes';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';
import type { ProductUnitInput, SaveProductInput } from './catalog-admin.inputs';
import {
  RATIO_SCALE,
  domainUnit,
  ensureAccessGroups,
  normalizeCodes,
  requirePermission,
} from './catalog-admin.service';
import type { CatalogService } from './catalog.service';
import type { CostRuleService } from './cost-rules';
import type { PricingService } from './pricing.service';
import { reindexProducts } from './price-index/product-reindex';

/** Product fields the pricing engine reads: a change to one moves prices under any pricelist. */
const PRICE_INPUTS = ['listPrice', 'cost', 'categoryId'] as const;

const MONEY_SCALE = 4;

interface UnitRow {
  unitId: number;
  factor: string;
  isDefault: boolean;
}

/**
 * Staff products (CATALOG_MANAGE): `saveProduct` creates a product or changes the fields its
 * input names (an omitted field keeps its value, an explicit null clears it; units and access
 * groups, when given, replace the product's). A product without a cost is refused while a
 * cost-based pricelist rule applies to it.
 */
export class ProductAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly pricing: PricingService,
    private readonly costRules: CostRuleService,
    private readonly inventory: InventoryService,
    private readonly taxRules: TaxRulesService,
  ) {}

  save(ctx: RequestContext, input: SaveProductInput) {
    requirePermission(ctx, Permission.CATALOG_MANAGE);
    return payload('product', async () => {
      const checks = new InputChecks();
      const productId = checks.id(input.productId, 'Product', ['input', 'productId'], 'product');
      const changes = readProduct(input, checks);
      // Stock is the ledger's: a figure given here is a count at the default warehouse.
      const stockOnHand = checks.decimal(input.stockOnHand, ['input', 'stockOnHand'], 'Stock on hand', {
        maxScale: QUANTITY_SCALE,
      });
      changes.requireAllFor(productId === null);
      const unitInputs = input.units == null ? null : parseUnits(input.units, checks);
      const groupCodes = normalizeCodes(input.accessGroups, ['input', 'accessGroups'], checks);
      checks.throwIfAny();

      const product = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Product);
        const existing = productId === null ? null : await repo.findOneBy({ id: productId });
        if (productId !== null && !existing)
          failWith(UserErrorCode.NOT_FOUND, 'No such product.', ['input', 'productId']);
        const after = changes.over(existing);
        const sku = changes.named.sku;
        if (
          sku !== undefined &&
          (await repo.findOneBy(productId === null ? { sku } : { sku, id: Not(productId) }))
        )
          checks.add(UserErrorCode.ALREADY_EXISTS, `A product with SKU ${sku} already exists.`, [
            'input',
            'sku',
          ]);
        const categoryId = changes.named.categoryId;
        if (categoryId != null && !(await tx.db.getRepository(Category).existsBy({ id: categoryId })))
          checks.add(UserErrorCode.NOT_FOUND, 'No such category.', ['input', 'categoryId']);
        if (
          existing &&
          changes.named.baseUnitId !== undefined &&
          changes.named.baseUnitId !== existing.baseUnitId &&
          !unitInputs
        )
          checks.add(
            UserErrorCode.INVALID,
            "Give the product's units again when its base unit changes: their factors count base units.",
            ['input', 'units'],
          );
        const unitSet =
          unitInputs || !existing
            ? await this.unitSetOf(tx, after.baseUnitId!, unitInputs ?? [], checks)
            : null;
        if (after.cost == null) {
          const reaching = await this.costRules.ruleReaching(tx, {
            id: existing?.id ?? null,
            categoryId: after.categoryId ?? null,
          });
          if (reaching)
            checks.add(
              UserErrorCode.INVALID,
              `${after.sku} needs a cost: pricelist ${reaching.pricelist?.name ?? reaching.rule.pricelistId} prices it from cost${reaching.rule.label ? ` (rule "${reaching.rule.label}")` : ''}.`,
              ['input', 'cost'],
            );
        }
        if (
          !existing ||
          (changes.named.taxClass !== undefined && changes.named.taxClass !== existing.taxClass)
        ) {
          // Never a product that would be taxed at 0 for want of a rate.
          const gap = await this.taxRules.gapOf(tx, after.taxClass ?? 'STANDARD');
          if (gap) checks.add(UserErrorCode.INVALID, gap, ['input', 'taxClass']);
        }
        checks.throwIfAny();

        const now = tx.now();
        const named = { ...changes.named, updatedAt: now };
        let saved: Product;
        if (existing) {
          await repo.update({ id: existing.id }, named);
          saved = Object.assign(existing, named);
        } else {
          saved = await repo.save(
            repo.create({
              description: null,
              categoryId: null,
              cost: null,
              minimumOrderQuantity: null,
              orderMultiple: null,
              published: true,
              availabilityPolicy: AvailabilityPolicy.SHOW_UNAVAILABLE,
              restockDate: null,
              leadTimeDays: null,
              taxClass: 'STANDARD',
              lowStockThreshold: null,
              createdAt: now,
              ...named,
            }),
          );
        }
        // A price every pricelist computes from may have moved: this product's index rows with it.
        if (!existing || PRICE_INPUTS.some((field) => field in changes.named))
          await reindexProducts(tx, this.pricing, [saved.id]);
        if (!existing) await this.inventory.ensureLevel(tx, saved.id);
        if (stockOnHand !== null)
          await this.inventory.setOnHand(tx, saved, stockOnHand, ['input', 'stockOnHand']);
        if (unitSet) {
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
            ...changes.named,
            ...(stockOnHand !== null ? { stockOnHand } : {}),
            ...(unitSet ? { units: unitSet } : {}),
            ...(groupCodes !== null ? { accessGroups: groupCodes } : {}),
          },
        });
        return saved;
      });
      this.catalog.forget(ctx);
      this.pricing.forget(ctx);
      return product;
    });
  }

  /** The product's units, normalised by the domain (the base unit always among them, one default). */
  private async unitSetOf(
    tx: RequestContext,
    baseUnitId: number,
    inputs: ParsedUnit[],
    checks: InputChecks,
  ): Promise<UnitRow[]> {
    const unitIds = [...new Set([baseUnitId, ...inputs.map((u) => u.unitId!)])];
    const units = new Map(
      (await tx.db.getRepository(UnitOfMeasure).findBy({ id: In(unitIds) })).map((u) => [u.id, u]),
    );
    const base = units.get(baseUnitId);
    if (!base) {
      checks.add(UserErrorCode.NOT_FOUND, 'No such unit.', ['input', 'baseUnitId']);
      return [];
    }
    const rows: UnitRow[] = [];
    for (const u of inputs) {
      const unit = units.get(u.unitId!);
      const path = ['input', 'units', u.index];
      if (!unit) {
        checks.add(UserErrorCode.NOT_FOUND, 'No such unit.', [...path, 'unitId']);
        continue;
      }
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
    return normalizeUnitSet(
      rows.map((r) => ({ unit: r.unitId, factor: r.factor, isDefault: r.isDefault })),
      base.id,
      (unitId) => unitId,
    ).map((e) => ({ unitId: e.unit, factor: e.factor, isDefault: e.isDefault }));
  }
}

/** The product's own fields the input names. */
function readProduct(input: SaveProductInput, checks: InputChecks): FieldChanges<Product> {
  const changes = new FieldChanges<Product>(checks);
  const at = (field: keyof SaveProductInput) => ['input', field];
  changes.read('sku', input.sku, () => checks.text(input.sku, at('sku'), 'SKU', 64)!, {
    required: 'SKU',
    path: at('sku'),
  });
  changes.read('name', input.name, () => checks.text(input.name, at('name'), 'Name', 255)!, {
    required: 'Name',
    path: at('name'),
  });
  changes.read('description', input.description, () => input.description?.trim() || null, {
    path: at('description'),
  });
  changes.read(
    'categoryId',
    input.categoryId,
    () => checks.id(input.categoryId, 'Category', at('categoryId'), 'category'),
    {
      path: at('categoryId'),
    },
  );
  changes.read(
    'baseUnitId',
    input.baseUnitId,
    () => checks.id(input.baseUnitId, 'UnitOfMeasure', at('baseUnitId'), 'unit') ?? 0,
    { required: 'The base unit', path: at('baseUnitId') },
  );
  changes.read(
    'listPrice',
    input.listPrice,
    () => {
      const price = checks.decimal(input.listPrice, at('listPrice'), 'List price', { maxScale: MONEY_SCALE });
      if (price === null && input.listPrice === null)
        checks.add(UserErrorCode.INVALID, 'List price is required.', at('listPrice'));
      return price ?? '0';
    },
    { required: 'List price', path: at('listPrice') },
  );
  changes.read(
    'cost',
    input.cost,
    () => checks.decimal(input.cost, at('cost'), 'Cost', { maxScale: MONEY_SCALE }),
    {
      path: at('cost'),
    },
  );
  changes.read(
    'minimumOrderQuantity',
    input.minimumOrderQuantity,
    () =>
      checks.decimal(input.minimumOrderQuantity, at('minimumOrderQuantity'), 'Minimum order quantity', {
        maxScale: QUANTITY_SCALE,
        positive: true,
      }),
    { path: at('minimumOrderQuantity') },
  );
  changes.read(
    'orderMultiple',
    input.orderMultiple,
    () =>
      checks.decimal(input.orderMultiple, at('orderMultiple'), 'Order multiple', {
        maxScale: QUANTITY_SCALE,
        positive: true,
      }),
    { path: at('orderMultiple') },
  );
  changes.read(
    'taxClass',
    input.taxClass,
    () => checks.text(input.taxClass, at('taxClass'), 'The tax class', 32)?.toUpperCase() ?? 'STANDARD',
    { path: at('taxClass') },
  );
  changes.read('published', input.published, () => input.published ?? true, { path: at('published') });
  changes.read(
    'availabilityPolicy',
    input.availabilityPolicy,
    () => input.availabilityPolicy ?? AvailabilityPolicy.SHOW_UNAVAILABLE,
    { path: at('availabilityPolicy') },
  );
  changes.read('restockDate', input.restockDate, () => input.restockDate ?? null, {
    path: at('restockDate'),
  });
  changes.read(
    'leadTimeDays',
    input.leadTimeDays,
    () => {
      if (input.leadTimeDays != null && input.leadTimeDays < 0)
        checks.add(UserErrorCode.INVALID, 'Lead time must not be negative.', at('leadTimeDays'));
      return input.leadTimeDays ?? null;
    },
    { path: at('leadTimeDays') },
  );
  return changes;
}

interface ParsedUnit {
  index: number;
  unitId: number | null;
  factor: string | null;
  isDefault: boolean;
}

function parseUnits(inputs: ProductUnitInput[], checks: InputChecks): ParsedUnit[] {
  const units = inputs.map((u, i) => ({
    index: i,
    unitId: checks.id(u.unitId, 'UnitOfMeasure', ['input', 'units', i, 'unitId'], 'unit'),
    factor: checks.decimal(u.factor, ['input', 'units', i, 'factor'], 'Factor', {
      maxScale: RATIO_SCALE,
      positive: true,
      maxIntegerDigits: 14,
    }),
    isDefault: u.isDefault ?? false,
  }));
  if (units.filter((u) => u.isDefault).length > 1)
    checks.add(UserErrorCode.INVALID, 'Exactly one unit can be the default unit.', ['input', 'units']);
  const seen = new Set<number>();
  for (const u of units) {
    if (u.unitId === null) continue;
    if (seen.has(u.unitId))
      checks.add(UserErrorCode.INVALID, 'This unit is listed twice.', ['input', 'units', u.index, 'unitId']);
    seen.add(u.unitId);
  }
  return units;
}
