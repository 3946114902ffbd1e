import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { toDecimalString, type AvailabilitySummary } from '@portal/domain';
import { ID } from 'type-graphql';
import { MoneyType } from '../../common/money.type';
import { NodeInterface } from '../../common/node.type';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { AvailabilityStatus, ProductSortKey } from './catalog.enums';
import { CategoryType } from './company.type';
import { DocumentType } from './document.type';

@ObjectType('UnitOfMeasure', {
  implements: NodeInterface,
  description: 'Units convert only within their category (count, volume, weight, ...).',
})
export class UnitOfMeasureType extends NodeInterface {
  @Field(() => String) name: string;
  @Field(() => String, { description: 'e.g. ea, cs, plt, gal' }) symbol: string;
  @Field(() => String) category: string;
  @Field(() => DecimalScalar, {
    description:
      "How many of the category's reference unit one of this unit is (Dozen = 12 when Unit is the reference).",
  })
  ratio: string;
  @Field(() => DecimalScalar, {
    description: 'Quantities in this unit are rounded to a multiple of this, e.g. 0.01 or 1.',
  })
  rounding: string;
}

@ObjectType('ProductUnit', {
  description: 'A unit a product is sold in, with how many base units one of it holds (Case = 24 Each).',
})
export class ProductUnitType {
  @Field(() => UnitOfMeasureType) unit: UnitOfMeasureType;
  @Field(() => DecimalScalar) factor: string;
  @Field(() => Boolean) isDefault: boolean;
}

@ObjectType('Availability')
export class AvailabilityType {
  @Field(() => AvailabilityStatus) status: AvailabilityStatus;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "In the product's base unit; null where the seller hides stock levels.",
  })
  quantityAvailable: string | null;
  @Field(() => DateScalar, { nullable: true }) restockDate: string | null;
  @Field(() => Int, { nullable: true }) leadTimeDays: number | null;
}

/** The wire form of the domain's availability summary. */
export function toAvailabilityType(summary: AvailabilitySummary): AvailabilityType {
  return {
    status: summary.status as AvailabilityType['status'],
    quantityAvailable: summary.quantityAvailable === null ? null : toDecimalString(summary.quantityAvailable),
    restockDate: summary.restockDate,
    leadTimeDays: summary.leadTimeDays,
  };
}

@ObjectType('PriceBreak')
export class PriceBreakType {
  @Field(() => DecimalScalar, { description: 'Minimum quantity, in the unit asked for.' })
  minQuantity: string;
  @Field(() => MoneyType) unitPrice: MoneyType;
  @Field(() => String, {
    description:
      'Why this row costs what it does, e.g. "Gold tier: 12% off list price 12.00 from 100 ea", or "Gold tier: contract discount from 100 ea" where list prices are hidden.',
  })
  explanation: string;
}

@ObjectType('ProductPrice')
export class ProductPriceType {
  @Field(() => MoneyType, {
    description: "Price of one `unit` at `quantity`, under the viewer's company pricelist.",
  })
  unitPrice: MoneyType;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => UnitOfMeasureType) unit: UnitOfMeasureType;
  @Field(() => MoneyType) lineTotal: MoneyType;
  @Field(() => MoneyType, {
    nullable: true,
    description: 'Catalog price of one `unit`, present only where the pricelist shows catalog prices.',
  })
  compareAtUnitPrice: MoneyType | null;
  @Field(() => String, {
    description:
      'One line telling the buyer why the price is what it is, e.g. "Gold tier: 12% off list price 12.00 from 100 ea", or "Gold tier: contract discount from 100 ea" where list prices are hidden. Never reveals list prices the viewer may not see.',
  })
  explanation: string;
}

/**
 * The contract's Product. Resolvers return `Product` entities as roots; the relation and
 * price fields are resolved in ProductResolver through loaders and the pricing service.
 */
@ObjectType('Product', { implements: NodeInterface })
export class ProductType extends NodeInterface {
  @Field(() => String) sku: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => CategoryType, { nullable: true }) category: CategoryType | null;
  @Field(() => UnitOfMeasureType) baseUnit: UnitOfMeasureType;
  @Field(() => [ProductUnitType]) units: ProductUnitType[];
  @Field(() => DecimalScalar, { nullable: true, description: 'In the base unit.' }) minimumOrderQuantity:
    string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Quantities must be a multiple of this, in the base unit.',
  })
  orderMultiple: string | null;
  @Field(() => AvailabilityType) availability: AvailabilityType;
  @Field(() => Boolean) published: boolean;
  @Field(() => [DocumentType]) documents: DocumentType[];
}

@InputType('ProductFilter')
export class ProductFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches sku, name and description.' }) search?:
    string | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => [String], { nullable: true }) skus?: string[] | null;
  @Field(() => Boolean, { nullable: true }) inStockOnly?: boolean | null;
}

@InputType('ProductSort')
export class ProductSortInput {
  @Field(() => ProductSortKey) key: ProductSortKey;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) descending?: boolean | null;
}
