import { In } from 'typeorm';
import {
  DEFAULT_PRICE_PRECISION,
  Permission,
  QUANTITY_SCALE,
  findPricelistCycle,
  listPriceDisclosureWarning,
  pricePrecisionProblem,
  validatePricelistRule,
} from '@portal/domain';
import { UserErrorCode, failWith, userError, type UserError } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Category, Pricelist, PricelistRule, Product } from '../../entity';
import type { AuditService } from '../support/audit.service';
import { FieldChanges } from '../support/field-changes';
import { InputChecks } from '../support/input-checks';
import { mutationPayload, type Payload } from '../support/mutation';
import type { PricelistRuleInput, SavePricelistInput } from './catalog-admin.inputs';
import { currencyOf, requirePermission } from './catalog-admin.service';
import type { CostRuleService } from './cost-rules';
import { toDomainPricelist, toDomainRule, type PricingService } from './pricing.service';
import { markPriceIndexesStale } from './price-index/price-index-state';

const MONEY_SCALE = 4;

export type PricelistResult = Payload<{ pricelist: Pricelist | null; warnings: UserError[] }>;

type RuleFields = Omit<
  PricelistRule,
  'id' | 'pricelistId' | 'pricelist' | 'position' | 'createdAt' | 'category' | 'product' | 'basePricelist'
>;

/**
 * Staff pricelists (PRICING_MANAGE): `savePricelist` creates one or changes the fields its input
 * names (rules, when given, replace the pricelist's rules). Refused: unknown targets, a base
 * pricelist in another currency, cycles through OTHER_PRICELIST bases, a price precision the
 * currency does not allow. Answered with warnings, not refusals: a list-hiding pricelist whose
 * percentages give the list price away, cost-based rules over products without a cost.
 */
export class PricelistAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly pricing: PricingService,
    private readonly costRules: CostRuleService,
  ) {}

  list(ctx: RequestContext): Promise<Pricelist[]> {
    requirePermission(ctx, Permission.PRICING_MANAGE);
    return ctx.db.getRepository(Pricelist).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /** The rules of a pricelist in saved order (staff field). */
  rulesOf(ctx: RequestContext, pricelistId: number): Promise<PricelistRule[]> {
    requirePermission(ctx, Permission.PRICING_MANAGE);
    return ctx.loaders.children(PricelistRule, 'pricelistId', pricelistId, 'position');
  }

  save(ctx: RequestContext, input: SavePricelistInput): Promise<PricelistResult> {
    requirePermission(ctx, Permission.PRICING_MANAGE);
    return mutationPayload<{ pricelist: Pricelist | null; warnings: UserError[] }>(
      { pricelist: null, warnings: [] },
      async () => {
        const checks = new InputChecks();
        const pricelistId = checks.id(input.pricelistId, 'Pricelist', ['input', 'pricelistId'], 'pricelist');
        const changes = new FieldChanges<Pricelist>(checks);
        changes.read('name', input.name, () => checks.text(input.name, ['input', 'name'], 'Name', 255)!, {
          required: 'Name',
          path: ['input', 'name'],
        });
        changes.read('currencyCode', input.currencyCode, () => currencyOf(input.currencyCode, checks), {
          required: 'Currency',
          path: ['input', 'currencyCode'],
        });
        changes.read(
          'showsCatalogPrices',
          input.showsCatalogPrices,
          () => input.showsCatalogPrices ?? false,
          {
            path: ['input', 'showsCatalogPrices'],
          },
        );
        changes.read(
          'pricePrecision',
          input.pricePrecision,
          () => input.pricePrecision ?? DEFAULT_PRICE_PRECISION,
          { path: ['input', 'pricePrecision'] },
        );
        changes.requireAllFor(pricelistId === null);
        const given = input.rules == null ? null : input.rules.map((rule, i) => parseRule(rule, i, checks));
        checks.throwIfAny();

        const { pricelist, warnings } = await ctx.transaction(async (tx) => {
          const repo = tx.db.getRepository(Pricelist);
          const all = await repo.find();
          const existing = pricelistId === null ? null : (all.find((p) => p.id === pricelistId) ?? null);
          if (pricelistId !== null && !existing)
            failWith(UserErrorCode.NOT_FOUND, 'No such pricelist.', ['input', 'pricelistId']);
          const after = changes.over(existing);
          const precisionProblem = pricePrecisionProblem(
            after.pricePrecision ?? DEFAULT_PRICE_PRECISION,
            after.currencyCode!,
          );
          if (precisionProblem)
            checks.add(UserErrorCode.INVALID, precisionProblem, [
              'input',
              changes.names('pricePrecision') ? 'pricePrecision' : 'currencyCode',
            ]);
          const rules =
            given ??
            (existing
              ? (
                  await tx.db.getRepository(PricelistRule).find({
                    where: { pricelistId: existing.id },
                    order: { position: 'ASC', id: 'ASC' },
                  })
                ).map((entity) => ({ entity: entity as RuleFields }))
              : []);
          if (given) await checkTargets(tx, given, checks);
          checkBases(rules, all, after.currencyCode!, checks, given !== null);
          checks.throwIfAny();
          await checkCycles(tx, existing, all, after.name!, after.currencyCode!, rules, checks);
          checks.throwIfAny();

          const now = tx.now();
          const named = { ...changes.named, updatedAt: now };
          let saved: Pricelist;
          if (existing) {
            await repo.update({ id: existing.id }, { ...named, revision: () => 'revision + 1' });
            saved = Object.assign(existing, named, { revision: existing.revision + 1 });
          } else {
            saved = await repo.save(
              repo.create({
                showsCatalogPrices: false,
                pricePrecision: DEFAULT_PRICE_PRECISION,
                portalDiscountPercent: null,
                revision: 1,
                createdAt: now,
                ...named,
              }),
            );
          }
          if (given) {
            await tx.db.getRepository(PricelistRule).delete({ pricelistId: saved.id });
            if (given.length)
              await tx.db
                .getRepository(PricelistRule)
                .insert(
                  given.map((r, i) => ({ ...r.entity, pricelistId: saved.id, position: i, createdAt: now })),
                );
            // Its contract prices and those of every pricelist based on it move.
            await markPriceIndexesStale(tx, [saved.id]);
          }
          await this.audit.recordOn(
            tx,
            'Pricelist',
            { id: saved.id, companyId: null },
            existing ? 'update' : 'create',
            { ...changes.named, ...(given ? { rules: given.map((r) => r.entity) } : {}) },
          );
          return { pricelist: saved, warnings: await this.warningsOf(tx, saved, rules) };
        });
        ctx.loaders.clear(Pricelist);
        this.pricing.forget(ctx);
        return { pricelist, warnings };
      },
    );
  }

  /** What the seller should know about the saved pricelist, without refusing it. */
  private async warningsOf(
    tx: RequestContext,
    pricelist: Pricelist,
    rules: readonly { entity: RuleFields }[],
  ): Promise<UserError[]> {
    const warnings: UserError[] = [];
    const disclosure = listPriceDisclosureWarning({
      showsCatalogPrices: pricelist.showsCatalogPrices,
      rules: rules.map((r) => r.entity),
    });
    if (disclosure)
      warnings.push(userError(UserErrorCode.INVALID, disclosure, ['input', 'showsCatalogPrices']));
    const withoutCost = await this.costRules.productsWithoutCostUnder(
      tx,
      rules.map((r) => r.entity),
    );
    if (withoutCost.length) {
      const shown = withoutCost.slice(0, 5).join(', ');
      const more = withoutCost.length > 5 ? ` and ${withoutCost.length - 5} more` : '';
      warnings.push(
        userError(
          UserErrorCode.INVALID,
          `Cost-based rules apply to products without a cost (${shown}${more}): they show "price on request" until their cost is set.`,
          ['input', 'rules'],
        ),
      );
    }
    return warnings;
  }
}

/** The categories and products rules name must exist. */
async function checkTargets(
  tx: RequestContext,
  rules: readonly ParsedRule[],
  checks: InputChecks,
): Promise<void> {
  const categoryIds = rules.map((r) => r.entity.categoryId).filter((id): id is number => id !== null);
  const productIds = rules.map((r) => r.entity.productId).filter((id): id is number => id !== null);
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
    if (rule.entity.categoryId !== null && !categories.has(rule.entity.categoryId))
      checks.add(UserErrorCode.NOT_FOUND, 'No such category.', [...path, 'categoryId']);
    if (rule.entity.productId !== null && !products.has(rule.entity.productId))
      checks.add(UserErrorCode.NOT_FOUND, 'No such product.', [...path, 'productId']);
  });
}

/** OTHER_PRICELIST bases must exist and be in the pricelist's currency. */
function checkBases(
  rules: readonly { entity: RuleFields }[],
  all: readonly Pricelist[],
  currencyCode: string,
  checks: InputChecks,
  rulesGiven: boolean,
): void {
  const byId = new Map(all.map((p) => [p.id, p]));
  rules.forEach((rule, i) => {
    const baseId = rule.entity.basePricelistId;
    if (baseId === null) return;
    const path = rulesGiven ? ['input', 'rules', i, 'basePricelistId'] : ['input', 'currencyCode'];
    const base = byId.get(baseId);
    if (!base) checks.add(UserErrorCode.NOT_FOUND, 'No such pricelist.', path);
    else if (base.currencyCode !== currencyCode)
      checks.add(
        UserErrorCode.INVALID,
        `The base pricelist ${base.name} is in ${base.currencyCode}, not ${currencyCode}.`,
        path,
      );
  });
}

/** Cycles through OTHER_PRICELIST bases, with this pricelist's rules as they would be saved. */
async function checkCycles(
  tx: RequestContext,
  existing: Pricelist | null,
  all: readonly Pricelist[],
  name: string,
  currencyCode: string,
  rules: readonly { entity: RuleFields }[],
  checks: InputChecks,
): Promise<void> {
  const selfId = existing?.id ?? -1;
  const byId = new Map(all.map((p) => [p.id, p]));
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
  domainLists.push({
    id: String(selfId),
    name,
    currencyCode,
    rules: rules.map((rule, i) => toDomainRule({ ...rule.entity, id: i } as PricelistRule, i)),
  });
  const cycle = findPricelistCycle(domainLists);
  if (!cycle || !cycle.includes(String(selfId))) return;
  // Written from this pricelist round: "Gold → Silver → Gold".
  const body = cycle.slice(0, -1);
  const from = body.indexOf(String(selfId));
  const rotated = [...body.slice(from), ...body.slice(0, from), String(selfId)];
  const at = rules.findIndex((r) => String(r.entity.basePricelistId) === rotated[1]);
  const names = rotated.map((id) => (id === String(selfId) ? name : (byId.get(Number(id))?.name ?? id)));
  checks.add(
    UserErrorCode.INVALID,
    `Pricelists would price from each other in a cycle: ${names.join(' → ')}.`,
    ['input', 'rules', Math.max(at, 0), 'basePricelistId'],
  );
}

interface ParsedRule {
  entity: RuleFields;
}

/** Parses one rule input (decimals, ids) and checks it with the domain's validatePricelistRule. */
function parseRule(rule: PricelistRuleInput, i: number, checks: InputChecks): ParsedRule {
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
    customerText: checks.optionalText(rule.customerText, [...path, 'customerText'], 'Customer text', 255),
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
    for (const issue of validatePricelistRule(toDomainRule({ ...entity, id: i } as PricelistRule, i))) {
      checks.add(UserErrorCode.INVALID, `${issue.field} ${issue.message}.`, [...path, issue.field]);
    }
  }
  return { entity };
}
