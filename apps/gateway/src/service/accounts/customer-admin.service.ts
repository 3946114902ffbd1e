import { In } from 'typeorm';
import { Permission, isKnownCurrency } from '@portal/domain';
import { UserErrorCode } from '../../common/user-error';
import type { RequestContext } from '../../context';
import {
  Address,
  Category,
  Company,
  CompanyAccessGroup,
  CompanyApprovalRule,
  PaymentTerm,
  Pricelist,
} from '../../entity';
import type { SaveCompanyInput } from './customer-admin.inputs';
import type { AuditService } from '../support/audit.service';
import { ensureAccessGroups, normalizeCodes } from '../catalog/catalog-admin.service';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';
import type { PricingService } from '../catalog/pricing.service';

/**
 * Staff administration of customer companies: `saveCompany` creates a company or updates one,
 * with its parent (no cycles), pricelist, payment term, credit limit, minimum order value,
 * access groups (unknown codes are created), approval rules and addresses, in one transaction
 * with an audit-log row.
 */
export class CustomerAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly pricing: PricingService,
  ) {}

  saveCompany(ctx: RequestContext, input: SaveCompanyInput) {
    if (!ctx.requireViewer().can(Permission.CUSTOMERS_MANAGE))
      throw new Error('saveCompany reached without CUSTOMERS_MANAGE');
    return payload('company', async () => {
      const checks = new InputChecks();
      const companyId = checks.id(input.companyId, 'Company', ['input', 'companyId'], 'company');
      const parentId = checks.id(input.parentId, 'Company', ['input', 'parentId'], 'parent company');
      const pricelistId = checks.id(input.pricelistId, 'Pricelist', ['input', 'pricelistId'], 'pricelist');
      const paymentTermId = checks.id(
        input.paymentTermId,
        'PaymentTerm',
        ['input', 'paymentTermId'],
        'payment term',
      );
      const name = checks.text(input.name, ['input', 'name'], 'Name', 255);
      const currencyCode = (input.currencyCode ?? '').trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(currencyCode) || !isKnownCurrency(currencyCode)) {
        checks.add(UserErrorCode.INVALID, 'Currency must be an ISO 4217 code, e.g. USD.', [
          'input',
          'currencyCode',
        ]);
      }
      const creditLimit = checks.decimal(input.creditLimit, ['input', 'creditLimit'], 'Credit limit', {
        maxScale: 4,
      });
      const minimumOrderValue = checks.decimal(
        input.minimumOrderValue,
        ['input', 'minimumOrderValue'],
        'Minimum order value',
        { maxScale: 4 },
      );
      const groupCodes = normalizeCodes(input.accessGroups, ['input', 'accessGroups'], checks);
      const rules = (input.approvalRules ?? []).map((rule, i) => {
        const path = ['input', 'approvalRules', i];
        const orderTotalAbove = checks.decimal(
          rule.orderTotalAbove,
          [...path, 'orderTotalAbove'],
          'Order total',
          { maxScale: 4 },
        );
        const lineCountAbove = rule.lineCountAbove ?? null;
        if (lineCountAbove !== null && lineCountAbove < 0)
          checks.add(UserErrorCode.INVALID, 'Line count must not be negative.', [...path, 'lineCountAbove']);
        const categoryId = checks.id(rule.categoryId, 'Category', [...path, 'categoryId'], 'category');
        if (rule.orderTotalAbove == null && rule.lineCountAbove == null && rule.categoryId == null) {
          checks.add(
            UserErrorCode.INVALID,
            'An approval rule needs an order total, a line count or a category.',
            path,
          );
        }
        return { orderTotalAbove, lineCountAbove, categoryId };
      });
      const addresses = (input.addresses ?? []).map((a, i) => {
        const path = ['input', 'addresses', i];
        const countryCode = (a.countryCode ?? '').trim().toUpperCase();
        if (!/^[A-Z]{2}$/.test(countryCode))
          checks.add(UserErrorCode.INVALID, 'Country must be an ISO 3166 two-letter code, e.g. US.', [
            ...path,
            'countryCode',
          ]);
        return {
          label: checks.optionalText(a.label, [...path, 'label'], 'Label', 128),
          line1: checks.text(a.line1, [...path, 'line1'], 'Address line 1', 255)!,
          line2: checks.optionalText(a.line2, [...path, 'line2'], 'Address line 2', 255),
          city: checks.text(a.city, [...path, 'city'], 'City', 128)!,
          region: checks.optionalText(a.region, [...path, 'region'], 'Region', 128),
          postalCode: checks.text(a.postalCode, [...path, 'postalCode'], 'Postal code', 32)!,
          countryCode,
        };
      });
      checks.throwIfAny();

      const company = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Company);
        const existing = companyId === null ? null : await repo.findOneBy({ id: companyId });
        if (companyId !== null && !existing)
          checks.add(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
        if (parentId !== null) await this.checkParent(tx, companyId, parentId, checks);
        if (pricelistId !== null && !(await tx.db.getRepository(Pricelist).existsBy({ id: pricelistId }))) {
          checks.add(UserErrorCode.NOT_FOUND, 'No such pricelist.', ['input', 'pricelistId']);
        }
        if (
          paymentTermId !== null &&
          !(await tx.db.getRepository(PaymentTerm).existsBy({ id: paymentTermId }))
        ) {
          checks.add(UserErrorCode.NOT_FOUND, 'No such payment term.', ['input', 'paymentTermId']);
        }
        const categoryIds = rules.map((r) => r.categoryId).filter((id): id is number => id !== null);
        if (categoryIds.length) {
          const found = new Set(
            (await tx.db.getRepository(Category).findBy({ id: In(categoryIds) })).map((c) => c.id),
          );
          rules.forEach((r, i) => {
            if (r.categoryId !== null && !found.has(r.categoryId))
              checks.add(UserErrorCode.NOT_FOUND, 'No such category.', [
                'input',
                'approvalRules',
                i,
                'categoryId',
              ]);
          });
        }
        checks.throwIfAny();

        const now = tx.now();
        const saved = await repo.save({
          ...(existing ?? { createdAt: now, taxExempt: false, taxExemptionCertificate: null }),
          name: name!,
          parentId,
          currencyCode,
          pricelistId,
          paymentTermId,
          creditLimit,
          minimumOrderValue,
          updatedAt: now,
        });
        if (groupCodes !== null) {
          const groups = await ensureAccessGroups(tx, groupCodes);
          await tx.db.getRepository(CompanyAccessGroup).delete({ companyId: saved.id });
          if (groups.length)
            await tx.db
              .getRepository(CompanyAccessGroup)
              .insert(groups.map((g) => ({ companyId: saved.id, accessGroupId: g.id })));
        }
        if (input.approvalRules !== null && input.approvalRules !== undefined) {
          await tx.db.getRepository(CompanyApprovalRule).delete({ companyId: saved.id });
          if (rules.length)
            await tx.db
              .getRepository(CompanyApprovalRule)
              .insert(rules.map((r) => ({ ...r, companyId: saved.id })));
        }
        if (input.addresses !== null && input.addresses !== undefined)
          await this.replaceAddresses(tx, saved.id, addresses);
        await this.audit.record(tx, {
          entityType: 'Company',
          entityId: saved.id,
          companyId: saved.id,
          action: existing ? 'update' : 'create',
          changes: {
            name,
            parentId,
            currencyCode,
            pricelistId,
            paymentTermId,
            creditLimit,
            minimumOrderValue,
            accessGroups: groupCodes,
            approvalRules: input.approvalRules ? rules : undefined,
          },
        });
        return saved;
      });
      ctx.loaders.clear(Company);
      this.pricing.forget(ctx);
      return company;
    });
  }

  /** The parent must exist and must not be the company itself or one of its subsidiaries. */
  private async checkParent(
    tx: RequestContext,
    companyId: number | null,
    parentId: number,
    checks: InputChecks,
  ): Promise<void> {
    const repo = tx.db.getRepository(Company);
    let at: number | null = parentId;
    for (let depth = 0; at !== null && depth < 50; depth++) {
      if (at === companyId) {
        checks.add(
          UserErrorCode.INVALID,
          'A company cannot be its own parent, directly or through its subsidiaries.',
          ['input', 'parentId'],
        );
        return;
      }
      const company: Company | null = await repo.findOneBy({ id: at });
      if (!company) {
        if (at === parentId)
          checks.add(UserErrorCode.NOT_FOUND, 'No such parent company.', ['input', 'parentId']);
        return;
      }
      at = company.parentId;
    }
  }

  /** Updates addresses in place by position (orders keep pointing at them), adds and removes the rest. */
  private async replaceAddresses(
    tx: RequestContext,
    companyId: number,
    addresses: Omit<Address, 'id' | 'companyId' | 'company' | 'isDefaultShipping'>[],
  ): Promise<void> {
    const repo = tx.db.getRepository(Address);
    const current = await repo.find({ where: { companyId }, order: { id: 'ASC' } });
    for (const [i, address] of addresses.entries()) {
      const values = { ...address, companyId, isDefaultShipping: i === 0 };
      const existing = current[i];
      if (existing) await repo.update({ id: existing.id }, values);
      else await repo.insert(values);
    }
    const extra = current.slice(addresses.length).map((a) => a.id);
    if (extra.length) await repo.delete({ id: In(extra) });
  }
}
