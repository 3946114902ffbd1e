import { Not } from 'typeorm';
import { Permission, checkTaxRateRule, taxClassGap, type TaxRateRule } from '@portal/domain';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Company, Document, Product, TaxRate } from '../../entity';
import { requirePermission } from '../catalog/catalog-admin.service';
import type { AuditService } from '../support/audit.service';
import { InputChecks } from '../support/input-checks';
import { mutationPayload, payload } from '../support/mutation';
import { isUniqueViolation } from '../support/number-sequence.service';
import type { SaveTaxRateInput, SetCompanyTaxExemptionInput } from './tax-admin.inputs';
import { toRule, type TaxRulesService } from './tax-rules.service';

/** A tax class as staff see it: its code, its name and its rates by place. */
export interface TaxClassView {
  code: string;
  name: string;
  rates: TaxRate[];
  productCount: number;
}

/**
 * Staff configuration of taxes (INVOICING_MANAGE): the rates of each tax class by country and
 * region, and a customer's exemption. A tax class exists by having rates; a change that would
 * leave products of a class without a rate where customers ship to is refused.
 */
export class TaxAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly taxRules: TaxRulesService,
  ) {}

  /** Every tax class with its rates (most general first) and how many products carry it. */
  async taxClasses(ctx: RequestContext): Promise<TaxClassView[]> {
    const rates = await ctx.db
      .getRepository(TaxRate)
      .find({ order: { taxClass: 'ASC', countryCode: 'ASC', region: 'ASC', id: 'ASC' } });
    const counts = new Map(
      (
        await ctx.db
          .getRepository(Product)
          .createQueryBuilder('p')
          .select('p.taxClass', 'taxClass')
          .addSelect('COUNT(*)', 'count')
          .groupBy('p.taxClass')
          .getRawMany<{ taxClass: string; count: string | number }>()
      ).map((r) => [r.taxClass, Number(r.count)]),
    );
    const classes = new Map<string, TaxClassView>();
    for (const rate of rates) {
      const view = classes.get(rate.taxClass) ?? {
        code: rate.taxClass,
        name: rate.name,
        rates: [],
        productCount: counts.get(rate.taxClass) ?? 0,
      };
      view.rates.push(rate);
      classes.set(rate.taxClass, view);
    }
    // A class products carry without any rate (data from before rates were checked) shows too.
    for (const [code, productCount] of counts)
      if (!classes.has(code)) classes.set(code, { code, name: code, rates: [], productCount });
    return [...classes.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Creates a rate (a new class with its first rate), or changes one when taxRateId is given. */
  saveTaxRate(ctx: RequestContext, input: SaveTaxRateInput) {
    requirePermission(ctx, Permission.INVOICING_MANAGE);
    return payload('taxRate', async () => {
      const checks = new InputChecks();
      const rateId = checks.id(input.taxRateId, 'TaxRate', ['input', 'taxRateId'], 'tax rate');
      const name = checks.text(input.name, ['input', 'name'], 'The name', 128);
      const rule: TaxRateRule = {
        taxClass: (input.taxClass ?? '').trim().toUpperCase(),
        countryCode: (input.countryCode ?? '').trim().toUpperCase(),
        region: (input.region ?? '').trim().toUpperCase(),
        percent: (input.ratePercent ?? '').trim(),
      };
      const problem = checkTaxRateRule(rule);
      if (problem) checks.add(UserErrorCode.INVALID, problem.message, ['input', problem.field]);
      checks.throwIfAny();

      const saved = await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(TaxRate);
        const existing = rateId === null ? null : await repo.findOneBy({ id: rateId });
        if (rateId !== null && !existing)
          failWith(UserErrorCode.NOT_FOUND, 'No such tax rate.', ['input', 'taxRateId']);
        const place = { taxClass: rule.taxClass, countryCode: rule.countryCode, region: rule.region };
        if (await repo.findOneBy(existing ? { ...place, id: Not(existing.id) } : place))
          failWith(UserErrorCode.ALREADY_EXISTS, `${describe(rule)} has a rate already; change that one.`, [
            'input',
            'region',
          ]);
        const row = { ...place, name: name!, rate: String(rule.percent) };
        if (existing) {
          // Moving a rate away must not leave the products of its class without one.
          const after = (await this.taxRules.rules(tx))
            .filter((r) => !sameRule(r, toRule(existing)))
            .concat([{ ...place, percent: row.rate }]);
          await this.refuseGap(tx, existing.taxClass, after, ['input', 'taxClass']);
        }
        let saved: TaxRate;
        try {
          saved = existing ? Object.assign(existing, row) : repo.create({ ...row });
          saved = await repo.save(saved);
        } catch (e) {
          if (!isUniqueViolation(e)) throw e;
          failWith(UserErrorCode.ALREADY_EXISTS, `${describe(rule)} has a rate already; change that one.`, [
            'input',
            'region',
          ]);
        }
        await this.audit.record(tx, {
          entityType: 'TaxRate',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          changes: row,
        });
        return saved;
      });
      this.taxRules.forget(ctx);
      return saved;
    });
  }

  /** Deletes a rate, unless products of its class would be left without one where customers ship to. */
  deleteTaxRate(ctx: RequestContext, taxRateId: string) {
    requirePermission(ctx, Permission.INVOICING_MANAGE);
    return mutationPayload<{ deletedId: string | null }>({ deletedId: null }, async () => {
      const checks = new InputChecks();
      const id = checks.id(taxRateId, 'TaxRate', ['taxRateId'], 'tax rate');
      checks.throwIfAny();
      await ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(TaxRate);
        const existing = id === null ? null : await repo.findOneBy({ id });
        if (!existing) failWith(UserErrorCode.NOT_FOUND, 'No such tax rate.', ['taxRateId']);
        const after = (await this.taxRules.rules(tx)).filter((r) => !sameRule(r, toRule(existing)));
        await this.refuseGap(tx, existing.taxClass, after, ['taxRateId']);
        await repo.delete({ id: existing.id });
        await this.audit.record(tx, {
          entityType: 'TaxRate',
          entityId: existing.id,
          action: 'delete',
          changes: {
            taxClass: existing.taxClass,
            countryCode: existing.countryCode,
            region: existing.region,
          },
        });
      });
      this.taxRules.forget(ctx);
      return { deletedId: taxRateId };
    });
  }

  /** Sets or clears a company's exemption: certificate, validity (inclusive) and the scanned certificate. */
  setCompanyTaxExemption(ctx: RequestContext, input: SetCompanyTaxExemptionInput) {
    requirePermission(ctx, Permission.INVOICING_MANAGE);
    return payload('company', async () => {
      const checks = new InputChecks();
      const companyId = checks.id(input.companyId, 'Company', ['input', 'companyId'], 'company');
      const certificate = checks.optionalText(
        input.certificateNumber,
        ['input', 'certificateNumber'],
        'The certificate number',
        255,
      );
      const documentId = checks.id(input.documentId, 'Document', ['input', 'documentId'], 'document');
      const validFrom = input.validFrom ?? null;
      const validUntil = input.validUntil ?? null;
      if (validFrom && validUntil && validUntil < validFrom)
        checks.add(UserErrorCode.INVALID, 'The certificate cannot expire before it starts.', [
          'input',
          'validUntil',
        ]);
      if (!certificate && (validFrom || validUntil || documentId !== null))
        checks.add(UserErrorCode.INVALID, 'An exemption needs its certificate number.', [
          'input',
          'certificateNumber',
        ]);
      checks.throwIfAny();

      return ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(Company);
        const company = companyId === null ? null : await repo.findOneBy({ id: companyId });
        if (!company) failWith(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
        if (documentId !== null) {
          const document = await tx.db.getRepository(Document).findOneBy({ id: documentId });
          if (!document || document.companyId !== company.id || document.kind !== 'TAX_EXEMPTION_CERTIFICATE')
            failWith(
              UserErrorCode.NOT_FOUND,
              'No such tax exemption certificate of this company: upload it first (POST /documents?kind=TAX_EXEMPTION_CERTIFICATE&companyId=…).',
              ['input', 'documentId'],
            );
        }
        const exemption = {
          taxExempt: certificate !== null,
          taxExemptionCertificate: certificate,
          taxExemptionValidFrom: certificate ? validFrom : null,
          taxExemptionValidUntil: certificate ? validUntil : null,
          taxExemptionDocumentId: certificate ? documentId : null,
        };
        await repo.update({ id: company.id }, { ...exemption, updatedAt: tx.now() });
        await this.audit.recordOn(
          tx,
          'Company',
          { id: company.id, companyId: company.id },
          'TAX_EXEMPTION_SET',
          exemption,
        );
        return Object.assign(company, exemption);
      });
    });
  }

  /** Refuses a change of the rates that leaves the products of a class untaxable somewhere customers ship to. */
  private async refuseGap(
    tx: RequestContext,
    taxClass: string,
    after: TaxRateRule[],
    field: string[],
  ): Promise<void> {
    const used = await tx.db.getRepository(Product).countBy({ taxClass });
    if (used === 0) return;
    const gap = taxClassGap(taxClass, after, await this.taxRules.shipToDestinations(tx));
    if (gap) failWith(UserErrorCode.INVALID, `${used} product(s) use tax class ${taxClass}. ${gap}`, field);
  }
}

function sameRule(a: TaxRateRule, b: TaxRateRule): boolean {
  return a.taxClass === b.taxClass && a.countryCode === b.countryCode && a.region === b.region;
}

function describe(rule: TaxRateRule): string {
  const place = rule.countryCode ? [rule.countryCode, rule.region].filter(Boolean).join('-') : 'everywhere';
  return `Tax class ${rule.taxClass} at ${place}`;
}
