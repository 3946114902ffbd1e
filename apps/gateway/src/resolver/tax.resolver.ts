import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, isExemptionActive, plainDecimal } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { toGlobalId } from '../common/node-id';
import { DecimalScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import { Company, Document, TaxRate } from '../entity';
import type { Services } from '../service/services';
import { configuredExemption } from '../service/taxes/tax-rules.service';
import { CompanyType } from './types/company.type';
import {
  DeleteTaxRatePayload,
  SaveTaxRateInput,
  SetCompanyTaxExemptionInput,
  SetCompanyTaxExemptionPayload,
  TaxClassType,
  TaxExemptionType,
  TaxRatePayload,
  TaxRateType,
} from './types/tax.type';

/** Staff configuration of taxes: tax classes and their rates by place, a customer's exemption. */
@Resolver(() => TaxRateType)
export class TaxResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.INVOICING_MANAGE, Permission.CATALOG_MANAGE)
  @Query(() => [TaxClassType], {
    description: 'Staff: the tax classes with their rates. Requires INVOICING_MANAGE or CATALOG_MANAGE.',
  })
  taxClasses(@Ctx() ctx: RequestContext) {
    return this.services.taxAdmin.taxClasses(ctx);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => TaxRatePayload, {
    description:
      "Creates a tax class's rate at a place (a new class code creates the class), or changes one. Refused when it would leave products of the class without a rate where customers ship to. Requires INVOICING_MANAGE.",
  })
  saveTaxRate(@Ctx() ctx: RequestContext, @Arg('input', () => SaveTaxRateInput) input: SaveTaxRateInput) {
    return this.services.taxAdmin.saveTaxRate(ctx, input);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => DeleteTaxRatePayload, {
    description:
      'Deletes a tax rate, unless products of its class would be left without a rate where customers ship to. Requires INVOICING_MANAGE.',
  })
  deleteTaxRate(@Ctx() ctx: RequestContext, @Arg('taxRateId', () => ID) taxRateId: string) {
    return this.services.taxAdmin.deleteTaxRate(ctx, taxRateId);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => SetCompanyTaxExemptionPayload, {
    description:
      "Sets a customer's tax exemption (certificate number, validity, uploaded certificate) or clears it (no certificate number). Requires INVOICING_MANAGE.",
  })
  setCompanyTaxExemption(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetCompanyTaxExemptionInput) input: SetCompanyTaxExemptionInput,
  ) {
    return this.services.taxAdmin.setCompanyTaxExemption(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() rate: TaxRate) {
    return toGlobalId('TaxRate', rate.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null: everywhere.' })
  countryCode(@Root() rate: TaxRate) {
    return rate.countryCode || null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null: the whole country (or everywhere).' })
  region(@Root() rate: TaxRate) {
    return rate.region || null;
  }

  @FieldResolver(() => DecimalScalar, { description: 'Percent: 8.25 is 8.25 %.' })
  ratePercent(@Root() rate: TaxRate) {
    return plainDecimal(rate.rate);
  }
}

/** Company.taxExemption: for staff who configure taxes or manage customers. */
@Resolver(() => CompanyType)
export class CompanyTaxExemptionResolver {
  @Allow(Permission.INVOICING_MANAGE, Permission.CUSTOMERS_MANAGE)
  @FieldResolver(() => TaxExemptionType, {
    nullable: true,
    description: 'Null: the company is taxed. Requires INVOICING_MANAGE or CUSTOMERS_MANAGE.',
  })
  async taxExemption(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!ctx.requireViewer().isStaff || !company.taxExempt) return null;
    const configured = configuredExemption(company);
    return {
      certificateNumber: configured.certificateNumber ?? '',
      validFrom: configured.validFrom,
      validUntil: configured.validUntil,
      activeToday: isExemptionActive(configured, ctx.clock.today()),
      document:
        company.taxExemptionDocumentId === null
          ? null
          : await ctx.loaders.load(Document, company.taxExemptionDocumentId),
    };
  }
}
