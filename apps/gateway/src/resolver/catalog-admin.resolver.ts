import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, plainDecimal } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { toGlobalId } from '../common/node-id';
import { DecimalScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import { Pricelist, PricelistRule, Product } from '../entity';
import type { Services } from '../service/services';
import {
  CategoryPayload,
  CompanyPayload,
  PricelistPayload,
  PricelistRuleType,
  ProductPayload,
  SaveCategoryInput,
  SaveCompanyInput,
  SavePricelistInput,
  SaveProductInput,
  SaveUnitOfMeasureInput,
  UnitOfMeasurePayload,
} from './types/catalog-admin.types';
import { CategoryType, PricelistType } from './types/company.type';
import { ProductType } from './types/product.type';

/** Staff administration of the catalog, pricing and customer companies. */
@Resolver()
export class CatalogAdminResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.CATALOG_MANAGE)
  @Mutation(() => UnitOfMeasurePayload, {
    description:
      'Creates one, or changes the fields the input names when an id is given (an omitted field keeps its value, null clears it). Requires CATALOG_MANAGE.',
  })
  saveUnitOfMeasure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveUnitOfMeasureInput) input: SaveUnitOfMeasureInput,
  ) {
    return this.services.catalogAdmin.saveUnitOfMeasure(ctx, input);
  }

  @Allow(Permission.CATALOG_MANAGE)
  @Mutation(() => CategoryPayload, {
    description:
      'Creates one, or changes the fields the input names when an id is given (an omitted field keeps its value, null clears it). Requires CATALOG_MANAGE.',
  })
  saveCategory(@Ctx() ctx: RequestContext, @Arg('input', () => SaveCategoryInput) input: SaveCategoryInput) {
    return this.services.catalogAdmin.saveCategory(ctx, input);
  }

  @Allow(Permission.CATALOG_MANAGE)
  @Mutation(() => ProductPayload, {
    description:
      'Creates one, or changes the fields the input names when an id is given (an omitted field keeps its value, null clears it). Requires CATALOG_MANAGE.',
  })
  saveProduct(@Ctx() ctx: RequestContext, @Arg('input', () => SaveProductInput) input: SaveProductInput) {
    return this.services.productAdmin.save(ctx, input);
  }

  @Allow(Permission.PRICING_MANAGE)
  @Mutation(() => PricelistPayload, {
    description:
      'Creates one, or changes the fields the input names when an id is given (an omitted field keeps its value, null clears it). Requires PRICING_MANAGE.',
  })
  savePricelist(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SavePricelistInput) input: SavePricelistInput,
  ) {
    return this.services.pricelistAdmin.save(ctx, input);
  }

  @Allow(Permission.CUSTOMERS_MANAGE, Permission.PRICING_MANAGE, Permission.CREDIT_MANAGE)
  @Mutation(() => CompanyPayload, {
    description:
      'Creates a customer company, or updates one when companyId is given: only the fields the input names change (an omitted field keeps its value, null clears it). Creating and the customer fields need CUSTOMERS_MANAGE, the pricelist PRICING_MANAGE, the credit limit and payment term CREDIT_MANAGE.',
  })
  saveCompany(@Ctx() ctx: RequestContext, @Arg('input', () => SaveCompanyInput) input: SaveCompanyInput) {
    return this.services.customerAdmin.saveCompany(ctx, input);
  }

  @Allow(Permission.PRICING_MANAGE)
  @Query(() => [PricelistType], { description: 'Staff. Requires PRICING_MANAGE.' })
  pricelists(@Ctx() ctx: RequestContext) {
    return this.services.pricelistAdmin.list(ctx);
  }
}

@Resolver(() => PricelistType)
export class PricelistRulesResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => [PricelistRuleType], { nullable: true, description: 'Requires PRICING_MANAGE.' })
  @Allow(Permission.PRICING_MANAGE)
  rules(@Root() pricelist: Pricelist, @Ctx() ctx: RequestContext) {
    return this.services.pricelistAdmin.rulesOf(ctx, pricelist.id);
  }
}

@Resolver(() => PricelistRuleType)
export class PricelistRuleResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ID)
  id(@Root() rule: PricelistRule) {
    return toGlobalId('PricelistRule', rule.id);
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  category(@Root() rule: PricelistRule, @Ctx() ctx: RequestContext) {
    return this.services.catalog.category(ctx, rule.categoryId);
  }

  @FieldResolver(() => ProductType, { nullable: true })
  product(@Root() rule: PricelistRule, @Ctx() ctx: RequestContext) {
    // Rules are a PRICING_MANAGE (staff) field: staff see every product; batched per request.
    return rule.productId === null ? null : ctx.loaders.load(Product, rule.productId);
  }

  @FieldResolver(() => PricelistType, { nullable: true })
  basePricelist(@Root() rule: PricelistRule, @Ctx() ctx: RequestContext) {
    return rule.basePricelistId === null ? null : ctx.loaders.load(Pricelist, rule.basePricelistId);
  }

  @FieldResolver(() => DecimalScalar, { description: "In the product's base unit." })
  minQuantity(@Root() rule: PricelistRule) {
    return plainDecimal(rule.minQuantity);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true }) fixedPrice(@Root() rule: PricelistRule) {
    return plainDecimal(rule.fixedPrice);
  }
  @FieldResolver(() => DecimalScalar, { nullable: true }) percentDiscount(@Root() rule: PricelistRule) {
    return plainDecimal(rule.percentDiscount);
  }
  @FieldResolver(() => DecimalScalar, { nullable: true }) formulaDiscountPercent(
    @Root() rule: PricelistRule,
  ) {
    return plainDecimal(rule.formulaDiscountPercent);
  }
  @FieldResolver(() => DecimalScalar, { nullable: true }) formulaSurcharge(@Root() rule: PricelistRule) {
    return plainDecimal(rule.formulaSurcharge);
  }
  @FieldResolver(() => DecimalScalar, { nullable: true }) formulaRounding(@Root() rule: PricelistRule) {
    return plainDecimal(rule.formulaRounding);
  }
  @FieldResolver(() => DecimalScalar, { nullable: true }) formulaMinMargin(@Root() rule: PricelistRule) {
    return plainDecimal(rule.formulaMinMargin);
  }
  @FieldResolver(() => DecimalScalar, { nullable: true }) formulaMaxMargin(@Root() rule: PricelistRule) {
    return plainDecimal(rule.formulaMaxMargin);
  }
}

/** "12.5000" → "12.5". */
