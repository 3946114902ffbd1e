import { In } from 'typeorm';
import { Permission, incentiveSettingsProblem } from '@portal/domain';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext, Viewer } from '../../context';
import {
  Address,
  Category,
  Company,
  CompanyAccessGroup,
  CompanyApprovalRule,
  CompanySettings,
  PaymentTerm,
  Pricelist,
} from '../../entity';
import type { AddressInput, ApprovalRuleInput, SaveCompanyInput } from './customer-admin.inputs';
import type { AuditService } from '../support/audit.service';
import { currencyOf, ensureAccessGroups, normalizeCodes } from '../catalog/catalog-admin.service';
import { FieldChanges } from '../support/field-changes';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';
import type { PricingService } from '../catalog/pricing.service';

/** Who may set which field of a customer company: the pricelist is pricing's, credit accounting's. */
const FIELD_PERMISSIONS: readonly { field: keyof SaveCompanyInput; permission: Permission }[] = [
  { field: 'pricelistId', permission: Permission.PRICING_MANAGE },
  { field: 'creditLimit', permission: Permission.CREDIT_MANAGE },
  { field: 'paymentTermId', permission: Permission.CREDIT_MANAGE },
  { field: 'sharedCreditLimit', permission: Permission.CREDIT_MANAGE },
  { field: 'portalDiscountPercent', permission: Permission.PRICING_MANAGE },
  { field: 'phoneOrderSurcharge', permission: Permission.PRICING_MANAGE },
];

/** The fields that need no more than CUSTOMERS_MANAGE. */
const CUSTOMER_FIELDS: readonly (keyof SaveCompanyInput)[] = [
  'name',
  'parentId',
  'currencyCode',
  'minimumOrderValue',
  'accessGroups',
  'approvalRules',
  'addresses',
  'priorityHandling',
];

/**
 * Staff administration of customer companies: `saveCompany` creates a company or updates the
 * fields its input names (an omitted field keeps its value, an explicit null clears it): parent
 * (no cycles), pricelist, payment term, credit limit, minimum order value, access groups
 * (unknown codes are created), approval rules and addresses, in one transaction with an
 * audit-log row of what changed. The pricelist needs PRICING_MANAGE, the credit limit and the
 * payment term CREDIT_MANAGE, everything else (and creating a company) CUSTOMERS_MANAGE.
 */
export class CustomerAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly pricing: PricingService,
  ) {}

  saveCompany(ctx: RequestContext, input: SaveCompanyInput) {
    return payload('company', async () => {
      const checks = new InputChecks();
      const companyId = checks.id(input.companyId, 'Company', ['input', 'companyId'], 'company');
      this.checkFieldPermissions(ctx.requireViewer(), input, companyId === null, checks);
      checks.throwIfAny();

      const changes = new FieldChanges<Company>(checks);
      const settingChanges = new FieldChanges<CompanySettings>(checks);
      changes.read('name', input.name, () => checks.text(input.name, ['input', 'name'], 'Name', 255)!, {
        required: 'Name',
        path: ['input', 'name'],
      });
      changes.read('currencyCode', input.currencyCode, () => currencyOf(input.currencyCode, checks), {
        required: 'Currency',
        path: ['input', 'currencyCode'],
      });
      changes.read(
        'parentId',
        input.parentId,
        () => checks.id(input.parentId, 'Company', ['input', 'parentId'], 'parent company'),
        { path: ['input', 'parentId'] },
      );
      changes.read(
        'pricelistId',
        input.pricelistId,
        () => checks.id(input.pricelistId, 'Pricelist', ['input', 'pricelistId'], 'pricelist'),
        { path: ['input', 'pricelistId'] },
      );
      changes.read(
        'paymentTermId',
        input.paymentTermId,
        () => checks.id(input.paymentTermId, 'PaymentTerm', ['input', 'paymentTermId'], 'payment term'),
        { path: ['input', 'paymentTermId'] },
      );
      changes.read(
        'creditLimit',
        input.creditLimit,
        () => checks.decimal(input.creditLimit, ['input', 'creditLimit'], 'Credit limit', { maxScale: 4 }),
        { path: ['input', 'creditLimit'] },
      );
      changes.read(
        'minimumOrderValue',
        input.minimumOrderValue,
        () =>
          checks.decimal(input.minimumOrderValue, ['input', 'minimumOrderValue'], 'Minimum order value', {
            maxScale: 4,
          }),
        { path: ['input', 'minimumOrderValue'] },
      );
      changes.read(
        'requiresPurchaseOrderNumber',
        input.requiresPurchaseOrderNumber,
        () => Boolean(input.requiresPurchaseOrderNumber),
        { path: ['input', 'requiresPurchaseOrderNumber'] },
      );
      settingChanges.read(
        'portalDiscountPercent',
        input.portalDiscountPercent,
        () =>
          checks.decimal(
            input.portalDiscountPercent,
            ['input', 'portalDiscountPercent'],
            'Portal order discount',
            {
              maxScale: 2,
            },
          ),
        {
          path: ['input', 'portalDiscountPercent'],
        },
      );
      settingChanges.read(
        'phoneOrderSurcharge',
        input.phoneOrderSurcharge,
        () =>
          checks.decimal(
            input.phoneOrderSurcharge,
            ['input', 'phoneOrderSurcharge'],
            'Phone order surcharge',
            {
              maxScale: 4,
            },
          ),
        {
          path: ['input', 'phoneOrderSurcharge'],
        },
      );
      settingChanges.read('priorityHandling', input.priorityHandling, () => input.priorityHandling ?? null, {
        path: ['input', 'priorityHandling'],
      });
      settingChanges.read(
        'sharedCreditLimit',
        input.sharedCreditLimit,
        () => Boolean(input.sharedCreditLimit),
        {
          path: ['input', 'sharedCreditLimit'],
        },
      );
      changes.requireAllFor(companyId === null);
      const groupCodes = normalizeCodes(input.accessGroups, ['input', 'accessGroups'], checks);
      const rules = input.approvalRules == null ? null : approvalRulesOf(input.approvalRules, checks);
      const addresses = input.addresses == null ? null : addressesOf(input.addresses, checks);
      checks.throwIfAny();

      const company = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Company);
        const existing = companyId === null ? null : await repo.findOneBy({ id: companyId });
        if (companyId !== null && !existing)
          failWith(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
        await this.checkReferences(tx, companyId, changes.named, rules, checks);
        const settingsRepo = tx.db.getRepository(CompanySettings);
        const currentSettings = companyId === null ? null : await settingsRepo.findOneBy({ companyId });
        checkIncentives(
          { ...currentSettings, ...settingChanges.named },
          changes.named.currencyCode ?? existing?.currencyCode ?? 'USD',
          checks,
        );
        checks.throwIfAny();

        const now = tx.now();
        const named = { ...changes.named, updatedAt: now };
        let saved: Company;
        if (existing) {
          await repo.update({ id: existing.id }, named);
          saved = Object.assign(existing, named);
        } else {
          saved = await repo.save(
            repo.create({
              parentId: null,
              pricelistId: null,
              paymentTermId: null,
              creditLimit: null,
              minimumOrderValue: null,
              taxExempt: false,
              taxExemptionCertificate: null,
              createdAt: now,
              ...named,
            }),
          );
        }
        if (groupCodes !== null) {
          const groups = await ensureAccessGroups(tx, groupCodes);
          await tx.db.getRepository(CompanyAccessGroup).delete({ companyId: saved.id });
          if (groups.length)
            await tx.db
              .getRepository(CompanyAccessGroup)
              .insert(groups.map((g) => ({ companyId: saved.id, accessGroupId: g.id })));
        }
        if (rules !== null) {
          await tx.db.getRepository(CompanyApprovalRule).delete({ companyId: saved.id });
          if (rules.length)
            await tx.db
              .getRepository(CompanyApprovalRule)
              .insert(rules.map((r) => ({ ...r, companyId: saved.id })));
        }
        if (addresses !== null) await this.replaceAddresses(tx, saved.id, addresses);
        const namedSettings = settingChanges.named;
        if (Object.keys(namedSettings).length) {
          if (currentSettings) await settingsRepo.update({ id: currentSettings.id }, namedSettings);
          else await settingsRepo.insert({ ...namedSettings, companyId: saved.id });
        }
        await this.audit.recordOn(
          tx,
          'Company',
          { id: saved.id, companyId: saved.id },
          existing ? 'update' : 'create',
          {
            ...changes.named,
            ...settingChanges.named,
            ...(groupCodes !== null ? { accessGroups: groupCodes } : {}),
            ...(rules !== null ? { approvalRules: rules } : {}),
            ...(addresses !== null ? { addresses: addresses.length } : {}),
          },
        );
        return saved;
      });
      ctx.loaders.clear(Company);
      this.pricing.forget(ctx);
      return company;
    });
  }

  /**
   * Each named field needs its permission (FORBIDDEN at its path, nothing written): the
   * pricelist PRICING_MANAGE, credit CREDIT_MANAGE, the rest CUSTOMERS_MANAGE, as does creating.
   */
  private checkFieldPermissions(
    viewer: Viewer,
    input: SaveCompanyInput,
    creating: boolean,
    checks: InputChecks,
  ): void {
    if (creating && !viewer.can(Permission.CUSTOMERS_MANAGE))
      checks.add(UserErrorCode.FORBIDDEN, 'Creating a customer company requires CUSTOMERS_MANAGE.', [
        'input',
        'companyId',
      ]);
    const needs = [
      ...FIELD_PERMISSIONS,
      ...CUSTOMER_FIELDS.map((field) => ({ field, permission: Permission.CUSTOMERS_MANAGE })),
    ];
    for (const { field, permission } of needs) {
      if (input[field] !== undefined && !viewer.can(permission))
        checks.add(UserErrorCode.FORBIDDEN, `Changing ${FIELD_NAMES[field]} requires ${permission}.`, [
          'input',
          field,
        ]);
    }
  }

  /** The parent, pricelist, payment term and approval-rule categories named must exist. */
  private async checkReferences(
    tx: RequestContext,
    companyId: number | null,
    named: Partial<Company>,
    rules: ApprovalRuleRow[] | null,
    checks: InputChecks,
  ): Promise<void> {
    if (named.parentId != null) await this.checkParent(tx, companyId, named.parentId, checks);
    if (
      named.pricelistId != null &&
      !(await tx.db.getRepository(Pricelist).existsBy({ id: named.pricelistId }))
    )
      checks.add(UserErrorCode.NOT_FOUND, 'No such pricelist.', ['input', 'pricelistId']);
    if (
      named.paymentTermId != null &&
      !(await tx.db.getRepository(PaymentTerm).existsBy({ id: named.paymentTermId }))
    )
      checks.add(UserErrorCode.NOT_FOUND, 'No such payment term.', ['input', 'paymentTermId']);
    const categoryIds = (rules ?? []).map((r) => r.categoryId).filter((id): id is number => id !== null);
    if (categoryIds.length === 0) return;
    const found = new Set(
      (await tx.db.getRepository(Category).findBy({ id: In(categoryIds) })).map((c) => c.id),
    );
    (rules ?? []).forEach((r, i) => {
      if (r.categoryId !== null && !found.has(r.categoryId))
        checks.add(UserErrorCode.NOT_FOUND, 'No such category.', ['input', 'approvalRules', i, 'categoryId']);
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
    addresses: AddressRow[],
  ): Promise<void> {
    const repo = tx.db.getRepository(Address);
    const current = await repo.find({ where: { companyId }, order: { id: 'ASC' } });
    for (const [i, address] of addresses.entries()) {
      const values = { ...address, companyId };
      const existing = current[i];
      if (existing) await repo.update({ id: existing.id }, values);
      else await repo.insert(values);
    }
    const extra = current.slice(addresses.length).map((a) => a.id);
    if (extra.length) await repo.delete({ id: In(extra) });
  }
}

const FIELD_NAMES: Readonly<Record<keyof SaveCompanyInput, string>> = {
  companyId: 'the company',
  name: 'the name',
  parentId: 'the parent company',
  currencyCode: 'the currency',
  pricelistId: 'the pricelist',
  paymentTermId: 'the payment term',
  creditLimit: 'the credit limit',
  minimumOrderValue: 'the minimum order value',
  accessGroups: 'the access groups',
  approvalRules: 'the approval rules',
  addresses: 'the addresses',
  requiresPurchaseOrderNumber: 'whether a PO number is required',
  portalDiscountPercent: 'the portal order discount',
  phoneOrderSurcharge: 'the phone order surcharge',
  priorityHandling: 'priority handling',
  sharedCreditLimit: 'whether the credit limit is shared',
};

/** The incentive settings as they would be saved, by the domain's rules (percent 0-100, surcharge in the currency). */
function checkIncentives(
  settings: Partial<CompanySettings>,
  currencyCode: string,
  checks: InputChecks,
): void {
  const problem = incentiveSettingsProblem(
    {
      portalDiscountPercent: settings.portalDiscountPercent ?? null,
      phoneOrderSurcharge: settings.phoneOrderSurcharge ?? null,
    },
    currencyCode,
  );
  if (problem) checks.add(UserErrorCode.INVALID, problem.message, ['input', problem.field]);
}

interface ApprovalRuleRow {
  orderTotalAbove: string | null;
  lineCountAbove: number | null;
  categoryId: number | null;
}

function approvalRulesOf(inputs: ApprovalRuleInput[], checks: InputChecks): ApprovalRuleRow[] {
  return inputs.map((rule, i) => {
    const path = ['input', 'approvalRules', i];
    const orderTotalAbove = checks.decimal(
      rule.orderTotalAbove,
      [...path, 'orderTotalAbove'],
      'Order total',
      {
        maxScale: 4,
      },
    );
    const lineCountAbove = rule.lineCountAbove ?? null;
    if (lineCountAbove !== null && lineCountAbove < 0)
      checks.add(UserErrorCode.INVALID, 'Line count must not be negative.', [...path, 'lineCountAbove']);
    const categoryId = checks.id(rule.categoryId, 'Category', [...path, 'categoryId'], 'category');
    if (rule.orderTotalAbove == null && rule.lineCountAbove == null && rule.categoryId == null)
      checks.add(
        UserErrorCode.INVALID,
        'An approval rule needs an order total, a line count or a category.',
        path,
      );
    return { orderTotalAbove, lineCountAbove, categoryId };
  });
}

type AddressRow = Omit<Address, 'id' | 'companyId' | 'company'>;

/**
 * The addresses of a company, checked: at most one default shipping and one default billing
 * address; without a marked one, the first address is the default shipping address.
 */
function addressesOf(inputs: AddressInput[], checks: InputChecks): AddressRow[] {
  for (const flag of ['isDefaultShipping', 'isDefaultBilling'] as const) {
    const marked = inputs.flatMap((a, i) => (a[flag] ? [i] : []));
    if (marked.length > 1)
      checks.add(
        UserErrorCode.INVALID,
        `Only one address is the default ${flag === 'isDefaultShipping' ? 'shipping' : 'billing'} address.`,
        ['input', 'addresses', marked[1]!, flag],
      );
  }
  const noShipping = !inputs.some((a) => a.isDefaultShipping);
  return inputs.map((a, i) => {
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
      isDefaultShipping: Boolean(a.isDefaultShipping) || (noShipping && i === 0),
      isDefaultBilling: Boolean(a.isDefaultBilling),
    };
  });
}
