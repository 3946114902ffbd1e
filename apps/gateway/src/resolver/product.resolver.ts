import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission, plainDecimal } from '@portal/domain';
import { Allow, SignedIn } from '../auth/access.decorators';
import { cappedConnectionTypes } from '../common/connection';
import { MoneyType, money, moneyOrNull } from '../common/money.type';
import { idOfType, toGlobalId } from '../common/node-id';
import { DecimalScalar } from '../common/scalars';
import { selectsAnyField } from '../common/selection';
import type { RequestContext } from '../context';
import type { Category, Document, Product, UnitOfMeasure } from '../entity';
import { PRODUCT_COUNT_CAP } from '../service/catalog/catalog.service';
import { priceSortPlan } from '../service/catalog/price-index/price-sort-plan';
import type { Services } from '../service/services';
import { CategoryType } from './types/company.type';
import { DocumentKind } from './types/catalog.enums';
import { DocumentType } from './types/document.type';
import {
  AvailabilityType,
  toAvailabilityType,
  PriceBreakType,
  ProductFilterInput,
  ProductPriceType,
  ProductSortInput,
  ProductType,
  ProductUnitType,
  UnitOfMeasureType,
} from './types/product.type';

export const { ConnectionType: ProductConnection, EdgeType: ProductEdge } = cappedConnectionTypes(
  ProductType,
  'Product',
  PRODUCT_COUNT_CAP,
);

/** The fields of the products connection that need a count. */
const COUNT_FIELDS = ['totalCount', 'totalCountIsCapped'] as const;

@Resolver(() => ProductType)
export class ProductResolver {
  constructor(private readonly services: Services) {}

  @SignedIn()
  @Query(() => ProductConnection, {
    description:
      "The catalog the viewer's company may see (staff: every product), filtered, sorted and paginated (first at most 100). totalCount is counted up to 1,000 (totalCountIsCapped says when more match).",
  })
  products(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ProductFilterInput, { nullable: true }) filter: ProductFilterInput | null,
    @Arg('sort', () => ProductSortInput, { nullable: true }) sort: ProductSortInput | null,
  ) {
    return this.services.catalog.listProducts(
      ctx,
      this.services.catalog.viewerCompanyId(ctx),
      {
        first,
        after,
        search: filter?.search,
        categoryId: idOfType(filter?.categoryId, 'Category'),
        categoryUnknown: Boolean(filter?.categoryId) && idOfType(filter?.categoryId, 'Category') === null,
        skus: filter?.skus,
        inStockOnly: filter?.inStockOnly,
        sort,
        countWanted: selectsAnyField(info, COUNT_FIELDS),
      },
      () => priceSortPlan(ctx, this.services.pricing),
    );
  }

  @SignedIn()
  @Query(() => ProductType, {
    nullable: true,
    description: 'One product by id or SKU, if the viewer may see it.',
  })
  product(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('sku', () => String, { nullable: true }) sku: string | null,
  ) {
    return this.services.catalog.findVisibleByGlobalId(ctx, { id, sku });
  }

  @FieldResolver(() => ID)
  id(@Root() product: Product) {
    return toGlobalId('Product', product.id);
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  category(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return this.services.catalog.category(ctx, product.categoryId);
  }

  @FieldResolver(() => UnitOfMeasureType)
  baseUnit(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return this.services.catalog.unit(ctx, product.baseUnitId);
  }

  @FieldResolver(() => [ProductUnitType])
  units(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return this.services.catalog.unitsOf(ctx, product);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'In the base unit.' })
  minimumOrderQuantity(@Root() product: Product) {
    return plainDecimal(product.minimumOrderQuantity);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Quantities must be a multiple of this, in the base unit.',
  })
  orderMultiple(@Root() product: Product) {
    return plainDecimal(product.orderMultiple);
  }

  @FieldResolver(() => AvailabilityType)
  async availability(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<AvailabilityType> {
    const summary = await this.services.catalog.availabilityOf(ctx, product);
    return toAvailabilityType(summary);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'Empty: visible to every customer; otherwise only to companies in one of these groups. Requires CATALOG_MANAGE.',
  })
  @Allow(Permission.CATALOG_MANAGE)
  accessGroups(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return this.services.catalog.accessGroupsOf(ctx, product.id);
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Requires CATALOG_MANAGE.' })
  @Allow(Permission.CATALOG_MANAGE)
  async cost(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return moneyOrNull(product.cost, await this.services.pricing.currencyOf(ctx, null));
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description:
      'Catalog (list) price per base unit. Readable by PRICES_CATALOG roles, and by contract-price roles only where their pricelist shows catalog prices.',
  })
  @Allow(Permission.PRICES_CATALOG, Permission.PRICES_CONTRACT)
  async catalogPrice(@Root() product: Product, @Ctx() ctx: RequestContext) {
    const price = await this.services.pricing.catalogPrice(ctx, product);
    return money(price.amount, price.currencyCode);
  }

  @FieldResolver(() => ProductPriceType, {
    nullable: true,
    description:
      "Contract price under the viewer's company pricelist; null when the product's price is on request (see priceOnRequest). Requires PRICES_CONTRACT.",
  })
  @Allow(Permission.PRICES_CONTRACT)
  async price(
    @Root() product: Product,
    @Ctx() ctx: RequestContext,
    @Arg('quantity', () => DecimalScalar, { nullable: true, defaultValue: '1' }) quantity: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ): Promise<ProductPriceType | null> {
    const price = await this.services.pricing.productPrice(ctx, product, quantity ?? '1', unitId);
    if (!price) return null;
    return {
      unitPrice: money(price.unitPrice, price.currencyCode),
      quantity: price.quantity,
      unit: price.unit as unknown as UnitOfMeasureType,
      lineTotal: money(price.lineTotal, price.currencyCode),
      compareAtUnitPrice: moneyOrNull(price.compareAtUnitPrice, price.currencyCode),
      explanation: price.explanation,
    };
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the viewer\'s contract cannot price this product (ask for a quote): it is shown as "price on request" and cannot be ordered. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  async priceOnRequest(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.services.pricing.productPrice(ctx, product, '1', null)) === null;
  }

  @FieldResolver(() => [PriceBreakType], {
    nullable: true,
    description: "Volume breaks of the viewer's pricelist. Requires PRICES_CONTRACT.",
  })
  @Allow(Permission.PRICES_CONTRACT)
  async priceBreaks(
    @Root() product: Product,
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ): Promise<PriceBreakType[]> {
    const rows = await this.services.pricing.productPriceBreaks(ctx, product, unitId);
    return rows.map((row) => ({
      minQuantity: row.minQuantity,
      unitPrice: money(row.unitPrice, row.currencyCode),
      explanation: row.explanation,
    }));
  }

  @FieldResolver(() => [DocumentType])
  documents(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return this.services.catalog.documentsOf(ctx, product.id);
  }
}

@Resolver(() => UnitOfMeasureType)
export class UnitOfMeasureResolver {
  constructor(private readonly services: Services) {}

  @SignedIn()
  @Query(() => [UnitOfMeasureType], { description: 'Every unit of measure, by category.' })
  unitsOfMeasure(@Ctx() ctx: RequestContext) {
    return this.services.catalog.listUnits(ctx);
  }

  @FieldResolver(() => ID)
  id(@Root() unit: UnitOfMeasure) {
    return toGlobalId('UnitOfMeasure', unit.id);
  }

  @FieldResolver(() => DecimalScalar)
  ratio(@Root() unit: UnitOfMeasure) {
    return plainDecimal(unit.ratio);
  }

  @FieldResolver(() => DecimalScalar)
  rounding(@Root() unit: UnitOfMeasure) {
    return plainDecimal(unit.rounding);
  }
}

@Resolver(() => CategoryType)
export class CategoryListResolver {
  constructor(private readonly services: Services) {}

  @SignedIn()
  @Query(() => [CategoryType], { description: 'Every catalog category (the tree through `parent`).' })
  categories(@Ctx() ctx: RequestContext): Promise<Category[]> {
    return this.services.catalog.listCategories(ctx);
  }
}

@Resolver(() => DocumentType)
export class DocumentResolver {
  @FieldResolver(() => ID)
  id(@Root() document: Document) {
    return toGlobalId('Document', document.id);
  }

  @FieldResolver(() => DocumentKind)
  kind(@Root() document: Document) {
    return document.kind;
  }

  @FieldResolver(() => String, { description: 'Authenticated download address, e.g. /documents/<id>' })
  url(@Root() document: Document) {
    return `/documents/${toGlobalId('Document', document.id)}`;
  }
}

/** Stored decimals carry their column's scale ("55.0000"); the API answers "55". */
