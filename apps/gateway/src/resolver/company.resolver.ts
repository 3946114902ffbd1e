import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission, formatPostalAddress } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { connectionTypes } from '../common/connection';
import { MoneyType, moneyOrNull } from '../common/money.type';
import { toGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import {
  AccessGroup,
  Address,
  Category,
  Company,
  CompanyAccessGroup,
  CompanyApprovalRule,
  PaymentTerm,
  PaymentTermInstallment,
  Pricelist,
} from '../entity';
import { effectivePaymentTermId, effectivePricelist } from '../service/accounts/account-hierarchy';
import type { Services } from '../service/services';
import {
  AddressType,
  ApprovalRuleType,
  CategoryType,
  CompanyType,
  PaymentTermInstallmentType,
  PaymentTermType,
  PricelistType,
} from './types/company.type';
import { UserType } from './types/user.type';

const OWN_COMPANY_ONLY =
  "Read by the company's own users and staff; a subsidiary's users read only their parent's name";

/**
 * A company's terms (pricelist, payment term, credit, access groups, approval rules, addresses)
 * are read by staff and by its own users; a subsidiary's users reach their parent company through
 * `company { parent }` and read its name only.
 */
function readsTermsOf(ctx: RequestContext, company: Company): boolean {
  const viewer = ctx.requireViewer();
  return viewer.isStaff || viewer.companyId === company.id;
}

export const { ConnectionType: CompanyConnection } = connectionTypes(CompanyType, 'Company');

@Resolver(() => CompanyType)
export class CompanyResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.CUSTOMERS_MANAGE, Permission.INVOICING_MANAGE)
  @Query(() => CompanyConnection, {
    description:
      'Staff: customer companies (accounting sets their tax exemption). Requires CUSTOMERS_MANAGE or INVOICING_MANAGE.',
  })
  companies(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
  ) {
    return this.services.companies.list(ctx, { first, after, search });
  }

  @FieldResolver(() => ID)
  id(@Root() company: Company) {
    return toGlobalId('Company', company.id);
  }

  @FieldResolver(() => CompanyType, { nullable: true })
  parent(@Root() company: Company, @Ctx() ctx: RequestContext) {
    return company.parentId === null ? null : ctx.loaders.load(Company, company.parentId);
  }

  @FieldResolver(() => [CompanyType], {
    description:
      "Extension: the companies whose parent this one is, by name. Read by the company's own users and staff (empty otherwise).",
  })
  async subsidiaries(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company)) return [];
    const children = await ctx.loaders.children(Company, 'parentId', company.id);
    return [...children].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  }

  @FieldResolver(() => PricelistType, { nullable: true, description: OWN_COMPANY_ONLY })
  pricelist(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company) || company.pricelistId === null) return null;
    return ctx.loaders.load(Pricelist, company.pricelistId);
  }

  @FieldResolver(() => PaymentTermType, { nullable: true, description: OWN_COMPANY_ONLY })
  paymentTerm(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company) || company.paymentTermId === null) return null;
    return ctx.loaders.load(PaymentTerm, company.paymentTermId);
  }

  @FieldResolver(() => PricelistType, {
    nullable: true,
    description: `Extension: the pricelist the company buys from: its own, else its parent's (null: list prices). ${OWN_COMPANY_ONLY}`,
  })
  async effectivePricelist(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company)) return null;
    return effectivePricelist(ctx, company);
  }

  @FieldResolver(() => PaymentTermType, {
    nullable: true,
    description: `Extension: the payment term its invoices get: its own, else its parent's. ${OWN_COMPANY_ONLY}`,
  })
  async effectivePaymentTerm(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company)) return null;
    const id = await effectivePaymentTermId(ctx, company);
    return id === null ? null : ctx.loaders.load(PaymentTerm, id);
  }

  @FieldResolver(() => String)
  currencyCode(@Root() company: Company) {
    return company.currencyCode;
  }

  @FieldResolver(() => [String], { description: `${OWN_COMPANY_ONLY} (empty otherwise)` })
  async accessGroups(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company)) return [];
    const links = await ctx.loaders.children(CompanyAccessGroup, 'companyId', company.id);
    const groups = await ctx.loaders.loadMany(
      AccessGroup,
      links.map((l) => l.accessGroupId),
    );
    return groups.filter((g): g is AccessGroup => g !== null).map((g) => g.code);
  }

  @FieldResolver(() => [ApprovalRuleType], {
    description: `${OWN_COMPANY_ONLY} (empty otherwise); orderTotalAbove needs PRICES_CONTRACT (null otherwise).`,
  })
  async approvalRules(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company)) return [];
    const rules = await ctx.loaders.children(CompanyApprovalRule, 'companyId', company.id);
    const figures = ctx.requireViewer().can(Permission.PRICES_CONTRACT);
    return Promise.all(
      rules.map(async (rule) => ({
        orderTotalAbove: figures ? moneyOrNull(rule.orderTotalAbove, company.currencyCode) : null,
        lineCountAbove: rule.lineCountAbove,
        category: rule.categoryId === null ? null : await ctx.loaders.load(Category, rule.categoryId),
      })),
    );
  }

  @FieldResolver(() => [AddressType], { description: `${OWN_COMPANY_ONLY} (empty otherwise)` })
  addresses(@Root() company: Company, @Ctx() ctx: RequestContext) {
    if (!readsTermsOf(ctx, company)) return [];
    return ctx.loaders.children(Address, 'companyId', company.id);
  }

  @FieldResolver(() => [UserType], {
    nullable: true,
    description: "The company's portal users, for its portal admins and for staff.",
  })
  @Allow(Permission.USERS_MANAGE, Permission.CUSTOMERS_MANAGE)
  users(@Root() company: Company, @Ctx() ctx: RequestContext) {
    return this.services.users.usersOfCompany(ctx, company.id);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: `Null: no limit. ${OWN_COMPANY_ONLY}. Requires PRICES_CONTRACT.`,
  })
  @Allow(Permission.PRICES_CONTRACT)
  creditLimit(@Root() company: Company, @Ctx() ctx: RequestContext) {
    return readsTermsOf(ctx, company) ? moneyOrNull(company.creditLimit, company.currencyCode) : null;
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: `Order-level minimum value; orders below it cannot be submitted. ${OWN_COMPANY_ONLY}. Requires PRICES_CONTRACT.`,
  })
  @Allow(Permission.PRICES_CONTRACT)
  minimumOrderValue(@Root() company: Company, @Ctx() ctx: RequestContext) {
    return readsTermsOf(ctx, company) ? moneyOrNull(company.minimumOrderValue, company.currencyCode) : null;
  }
}

@Resolver(() => AddressType)
export class AddressResolver {
  @FieldResolver(() => ID)
  id(@Root() address: Address) {
    return toGlobalId('Address', address.id);
  }

  @FieldResolver(() => [String])
  formatted(@Root() address: Address) {
    return formatPostalAddress(address);
  }
}

@Resolver(() => CategoryType)
export class CategoryResolver {
  @FieldResolver(() => ID)
  id(@Root() category: Category) {
    return toGlobalId('Category', category.id);
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  parent(@Root() category: Category, @Ctx() ctx: RequestContext) {
    return category.parentId === null ? null : ctx.loaders.load(Category, category.parentId);
  }
}

@Resolver(() => PricelistType)
export class PricelistResolver {
  @FieldResolver(() => ID)
  id(@Root() pricelist: Pricelist) {
    return toGlobalId('Pricelist', pricelist.id);
  }
}

@Resolver(() => PaymentTermType)
export class PaymentTermResolver {
  @FieldResolver(() => ID)
  id(@Root() term: PaymentTerm) {
    return toGlobalId('PaymentTerm', term.id);
  }

  @FieldResolver(() => [PaymentTermInstallmentType])
  installments(@Root() term: PaymentTerm, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(PaymentTermInstallment, 'paymentTermId', term.id, 'position');
  }
}
