import {
  exemptionOn,
  ratesForDestination,
  taxClassGap,
  type TaxDestination,
  type TaxExemption,
  type TaxRate as DomainTaxRate,
  type TaxRateRule,
} from '@portal/domain';
import type { RequestContext } from '../../context';
import { Address, type Company, TaxRate } from '../../entity';

const RULES_MEMO = 'taxes:rules';

/**
 * What taxes a document, read from the configuration: the rates of each tax class by place, the
 * destination of an order (its ship-to), the places customers ship to, and a company's
 * exemption on a day. The rules themselves are the domain's (tax/tax-rules.ts).
 */
export class TaxRulesService {
  /** Every configured rate, once per request (or transaction). */
  rules(ctx: RequestContext): Promise<TaxRateRule[]> {
    return ctx.memo(RULES_MEMO, async () =>
      (await ctx.db.getRepository(TaxRate).find({ order: { taxClass: 'ASC', id: 'ASC' } })).map(toRule),
    );
  }

  /** After a change of the rates: the next read sees it. */
  forget(ctx: RequestContext): void {
    ctx.forget(RULES_MEMO);
  }

  /** Where an order ships to, from its ship-to address; null without one. */
  async destinationOf(ctx: RequestContext, shippingAddressId: number | null): Promise<TaxDestination | null> {
    if (shippingAddressId === null) return null;
    const address = await ctx.db.getRepository(Address).findOneBy({ id: shippingAddressId });
    return address ? { countryCode: address.countryCode, region: address.region } : null;
  }

  /** The rate of each tax class at the order's ship-to (a class without one is left out: computeTax refuses it). */
  async ratesFor(ctx: RequestContext, shippingAddressId: number | null): Promise<DomainTaxRate[]> {
    return ratesForDestination(await this.rules(ctx), await this.destinationOf(ctx, shippingAddressId));
  }

  /** The distinct places customers have addresses at: where the seller ships to. */
  async shipToDestinations(ctx: RequestContext): Promise<TaxDestination[]> {
    const rows = await ctx.db
      .getRepository(Address)
      .createQueryBuilder('a')
      .select('a.countryCode', 'countryCode')
      .addSelect('a.region', 'region')
      .distinct(true)
      .getRawMany<{ countryCode: string; region: string | null }>();
    return rows.map((r) => ({ countryCode: r.countryCode, region: r.region }));
  }

  /** Why products may not carry this tax class (no rate, or none where customers ship to), or null. */
  async gapOf(ctx: RequestContext, taxClass: string, rules?: TaxRateRule[]): Promise<string | null> {
    return taxClassGap(taxClass, rules ?? (await this.rules(ctx)), await this.shipToDestinations(ctx));
  }

  /** The company's exemption as it holds today (an expired certificate exempts nothing). */
  exemptionOf(ctx: RequestContext, company: Company): TaxExemption | null {
    return exemptionOn(configuredExemption(company), ctx.clock.today());
  }
}

/** The exemption fields of a company as the domain reads them. */
export function configuredExemption(company: Company) {
  return {
    certificateNumber: company.taxExempt ? (company.taxExemptionCertificate ?? '') : null,
    validFrom: company.taxExemptionValidFrom,
    validUntil: company.taxExemptionValidUntil,
  };
}

export function toRule(row: TaxRate): TaxRateRule {
  return { taxClass: row.taxClass, countryCode: row.countryCode, region: row.region, percent: row.rate };
}
