import { Not } from 'typeorm';
import {
  Permission,
  dec,
  isKnownCurrency,
  isUomCategory,
  UOM_CATEGORIES,
  type UnitOfMeasure as DomainUnit,
  type UomCategory,
} from '@portal/domain';
import { In } from 'typeorm';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { AccessGroup, Category, UnitOfMeasure } from '../../entity';
import type { SaveCategoryInput, SaveUnitOfMeasureInput } from './catalog-admin.inputs';
import type { AuditService } from '../support/audit.service';
import type { CatalogService } from './catalog.service';
import { FieldChanges } from '../support/field-changes';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';
import { markPriceIndexesStale } from './price-index/price-index-state';

export const RATIO_SCALE = 10;

/**
 * Staff administration of the catalog's structure (CATALOG_MANAGE): units of measure and
 * categories. Each save creates a row or changes the fields its input names (an omitted field
 * keeps its value); it validates its whole input first (user errors with input paths), then
 * writes in one transaction with an audit-log row of what changed.
 */
export class CatalogAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
  ) {}

  saveUnitOfMeasure(ctx: RequestContext, input: SaveUnitOfMeasureInput) {
    requirePermission(ctx, Permission.CATALOG_MANAGE);
    return payload('unit', async () => {
      const checks = new InputChecks();
      const unitId = checks.id(input.unitId, 'UnitOfMeasure', ['input', 'unitId'], 'unit');
      const changes = new FieldChanges<UnitOfMeasure>(checks);
      changes.read('name', input.name, () => checks.text(input.name, ['input', 'name'], 'Name', 64)!, {
        required: 'Name',
        path: ['input', 'name'],
      });
      changes.read(
        'symbol',
        input.symbol,
        () => checks.text(input.symbol, ['input', 'symbol'], 'Symbol', 16)!,
        {
          required: 'Symbol',
          path: ['input', 'symbol'],
        },
      );
      changes.read(
        'category',
        input.category,
        () => {
          const category = (input.category ?? '').trim().toLowerCase();
          if (!isUomCategory(category))
            checks.add(
              UserErrorCode.INVALID,
              `Category must be a name in letters, digits, spaces or hyphens, starting with a letter (at most 32), e.g. ${UOM_CATEGORIES.join(', ')}.`,
              ['input', 'category'],
            );
          return category;
        },
        { required: 'Category', path: ['input', 'category'] },
      );
      for (const key of ['ratio', 'rounding'] as const)
        changes.read(
          key,
          input[key],
          () =>
            checks.decimal(input[key], ['input', key], key === 'ratio' ? 'Ratio' : 'Rounding', {
              maxScale: RATIO_SCALE,
              positive: true,
              maxIntegerDigits: 14,
            }) ?? '',
          { required: key === 'ratio' ? 'Ratio' : 'Rounding', path: ['input', key] },
        );
      changes.requireAllFor(unitId === null);
      checks.throwIfAny();
      const unit = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(UnitOfMeasure);
        const existing = unitId === null ? null : await repo.findOneBy({ id: unitId });
        if (unitId !== null && !existing)
          failWith(UserErrorCode.NOT_FOUND, 'No such unit.', ['input', 'unitId']);
        const symbol = changes.named.symbol;
        if (symbol !== undefined) {
          const clash = await repo.findOneBy(unitId === null ? { symbol } : { symbol, id: Not(unitId) });
          if (clash)
            failWith(UserErrorCode.ALREADY_EXISTS, `A unit with symbol "${symbol}" already exists.`, [
              'input',
              'symbol',
            ]);
        }
        let saved: UnitOfMeasure;
        if (existing) {
          await repo.update({ id: existing.id }, changes.named);
          saved = Object.assign(existing, changes.named);
        } else saved = await repo.save(repo.create(changes.named));
        await this.audit.record(tx, {
          entityType: 'UnitOfMeasure',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          changes: changes.named,
        });
        return saved;
      });
      this.catalog.forget(ctx);
      return unit;
    });
  }

  saveCategory(ctx: RequestContext, input: SaveCategoryInput) {
    requirePermission(ctx, Permission.CATALOG_MANAGE);
    return payload('category', async () => {
      const checks = new InputChecks();
      const categoryId = checks.id(input.categoryId, 'Category', ['input', 'categoryId'], 'category');
      const changes = new FieldChanges<Category>(checks);
      changes.read('name', input.name, () => checks.text(input.name, ['input', 'name'], 'Name', 255)!, {
        required: 'Name',
        path: ['input', 'name'],
      });
      changes.read(
        'parentId',
        input.parentId,
        () => checks.id(input.parentId, 'Category', ['input', 'parentId'], 'parent category'),
        { path: ['input', 'parentId'] },
      );
      changes.requireAllFor(categoryId === null);
      checks.throwIfAny();
      const category = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Category);
        const all = new Map((await repo.find()).map((c) => [c.id, c]));
        const existing = categoryId === null ? null : (all.get(categoryId) ?? null);
        if (categoryId !== null && !existing)
          failWith(UserErrorCode.NOT_FOUND, 'No such category.', ['input', 'categoryId']);
        const parentId = changes.named.parentId;
        if (parentId != null && !all.has(parentId))
          checks.add(UserErrorCode.NOT_FOUND, 'No such parent category.', ['input', 'parentId']);
        else if (parentId != null && categoryId !== null) {
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
        let saved: Category;
        if (existing) {
          await repo.update({ id: existing.id }, changes.named);
          saved = Object.assign(existing, changes.named);
        } else saved = await repo.save(repo.create({ parentId: null, ...changes.named }));
        // Category rules reach a product through its category's ancestors.
        if (existing && 'parentId' in changes.named) await markPriceIndexesStale(tx, 'ALL');
        await this.audit.record(tx, {
          entityType: 'Category',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          changes: changes.named,
        });
        return saved;
      });
      this.catalog.forget(ctx);
      return category;
    });
  }
}

/** Resolvers check permissions; a service reached without one is a programming error. */
export function requirePermission(ctx: RequestContext, permission: Permission): void {
  if (!ctx.requireViewer().can(permission)) throw new Error(`Reached without ${permission}`);
}

/** An ISO 4217 currency code of the input (upper-cased), or an INVALID user error. */
export function currencyOf(value: string | null | undefined, checks: InputChecks): string {
  const currencyCode = (value ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currencyCode) || !isKnownCurrency(currencyCode))
    checks.add(UserErrorCode.INVALID, 'Currency must be an ISO 4217 code, e.g. USD.', [
      'input',
      'currencyCode',
    ]);
  return currencyCode;
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

export function domainUnit(unit: UnitOfMeasure): DomainUnit {
  return {
    id: String(unit.id),
    symbol: unit.symbol,
    name: unit.name,
    category: unit.category as UomCategory,
    ratio: dec(unit.ratio),
    rounding: dec(unit.rounding),
  };
}
