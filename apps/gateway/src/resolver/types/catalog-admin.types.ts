import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { AvailabilityPolicy, PriceBase, PriceComputation, PriceRuleScope } from './catalog.enums';
import { CategoryType, CompanyType, PricelistType } from './company.type';
import { ProductType, UnitOfMeasureType } from './product.type';

@ObjectType('PricelistRule', {
  description:
    'One pricing rule; see the contract for how the most specific applicable rule is chosen. Amounts are per base unit; minQuantity is in base units.',
})
export class PricelistRuleType {
  @Field(() => ID) id: string;
  @Field(() => PriceRuleScope) scope: PriceRuleScope;
  @Field(() => CategoryType, { nullable: true }) category: CategoryType | null;
  @Field(() => ProductType, { nullable: true }) product: ProductType | null;
  @Field(() => DecimalScalar, { description: "In the product's base unit." }) minQuantity: string;
  @Field(() => DateScalar, { nullable: true }) validFrom: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo: string | null;
  @Field(() => PriceComputation) computation: PriceComputation;
  @Field(() => DecimalScalar, { nullable: true }) fixedPrice: string | null;
  @Field(() => DecimalScalar, { nullable: true }) percentDiscount: string | null;
  @Field(() => PriceBase, { nullable: true }) base: PriceBase | null;
  @Field(() => PricelistType, { nullable: true }) basePricelist: PricelistType | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaDiscountPercent: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaSurcharge: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaRounding: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaMinMargin: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaMaxMargin: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The seller's internal name of the rule; never shown to buyers.",
  })
  label: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What buyers read at the start of the price explanation ("Gold tier"); null: a neutral explanation.',
  })
  customerText: string | null;
}

// ---------------------------------------------------------------- units and categories

@InputType('SaveUnitOfMeasureInput')
export class SaveUnitOfMeasureInput {
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) symbol?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) category?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Required when creating.' }) ratio?:
    string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Required when creating.' }) rounding?:
    string | null;
}

@ObjectType('UnitOfMeasurePayload')
export class UnitOfMeasurePayload {
  @Field(() => UnitOfMeasureType, { nullable: true }) unit: UnitOfMeasureType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType('SaveCategoryInput')
export class SaveCategoryInput {
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
}

@ObjectType('CategoryPayload')
export class CategoryPayload {
  @Field(() => CategoryType, { nullable: true }) category: CategoryType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

// ---------------------------------------------------------------- products

@InputType('ProductUnitInput')
export class ProductUnitInput {
  @Field(() => ID) unitId: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Base units in one of this unit; derived from the units' ratios when omitted.",
  })
  factor?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) isDefault?: boolean | null;
}

@InputType('SaveProductInput')
export class SaveProductInput {
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) sku?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'Required when creating; changing it needs the units again (their factors count base units).',
  })
  baseUnitId?: string | null;
  @Field(() => [ProductUnitInput], { nullable: true }) units?: ProductUnitInput[] | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Required when creating.' }) listPrice?:
    string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Required while a cost-based pricelist rule applies to the product.',
  })
  cost?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) minimumOrderQuantity?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) orderMultiple?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true when creating.' }) published?:
    boolean | null;
  @Field(() => [String], { nullable: true }) accessGroups?: string[] | null;
  @Field(() => DecimalScalar, { nullable: true }) stockOnHand?: string | null;
  @Field(() => AvailabilityPolicy, { nullable: true }) availabilityPolicy?: AvailabilityPolicy | null;
  @Field(() => DateScalar, { nullable: true }) restockDate?: string | null;
  @Field(() => Int, { nullable: true }) leadTimeDays?: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The tax class (default STANDARD when creating). Refused when the class has no tax rate, or none where customers have ship-to addresses.',
  })
  taxClass?: string | null;
}

@ObjectType('ProductPayload')
export class ProductPayload {
  @Field(() => ProductType, { nullable: true }) product: ProductType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

// ---------------------------------------------------------------- pricelists

@InputType('PricelistRuleInput')
export class PricelistRuleInput {
  @Field(() => PriceRuleScope) scope: PriceRuleScope;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => DecimalScalar, { nullable: true, defaultValue: '0' }) minQuantity?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo?: string | null;
  @Field(() => PriceComputation) computation: PriceComputation;
  @Field(() => DecimalScalar, { nullable: true }) fixedPrice?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) percentDiscount?: string | null;
  @Field(() => PriceBase, { nullable: true }) base?: PriceBase | null;
  @Field(() => ID, { nullable: true }) basePricelistId?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaDiscountPercent?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaSurcharge?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaRounding?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaMinMargin?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) formulaMaxMargin?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The seller\'s internal name of the rule (e.g. "at cost plus 18%"); staff only, never shown to buyers.',
  })
  label?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What buyers read at the start of the price explanation (e.g. "Gold tier"); empty: a neutral explanation such as "Contract price 4.20/ea".',
  })
  customerText?: string | null;
}

@InputType('SavePricelistInput')
export class SavePricelistInput {
  @Field(() => ID, { nullable: true }) pricelistId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) currencyCode?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default false when creating.' })
  showsCatalogPrices?: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Decimals of its unit prices, from the currency decimals to 4 (default 4): a line's unit price is rounded to it once, when priced, and its total is quantity × that price.",
  })
  pricePrecision?: number | null;
  @Field(() => [PricelistRuleInput], {
    nullable: true,
    description: 'When given, replaces all rules of the pricelist; omitted, the rules stay.',
  })
  rules?: PricelistRuleInput[] | null;
}

@ObjectType('PricelistPayload')
export class PricelistPayload {
  @Field(() => PricelistType, { nullable: true }) pricelist: PricelistType | null;
  @Field(() => [UserError]) userErrors: UserError[];
  @Field(() => [UserError], {
    description:
      'What the seller should know without the save being refused: a list-hiding pricelist whose percentages of the list price give it away, cost-based rules over products without a cost.',
  })
  warnings: UserError[];
}

// ---------------------------------------------------------------- customer companies

@InputType('ApprovalRuleInput')
export class ApprovalRuleInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Orders above this total need approval.' })
  orderTotalAbove?: string | null;
  @Field(() => Int, { nullable: true, description: 'Orders with more lines than this need approval.' })
  lineCountAbove?: number | null;
  @Field(() => ID, { nullable: true, description: 'Orders with a product of this category need approval.' })
  categoryId?: string | null;
}

@InputType('AddressInput')
export class AddressInput {
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => String) line1: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field(() => String) city: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String) postalCode: string;
  @Field(() => String) countryCode: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Where new orders ship to; one address of the company (default: the first).',
  })
  isDefaultShipping?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'What invoices and statements are addressed to; one address of the company.',
  })
  isDefaultBilling?: boolean | null;
}

@InputType('SaveCompanyInput')
export class SaveCompanyInput {
  @Field(() => ID, { nullable: true }) companyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) currencyCode?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Requires PRICING_MANAGE.' }) pricelistId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Requires CREDIT_MANAGE.' }) paymentTermId?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Requires CREDIT_MANAGE. Null: no credit limit (unlimited credit).',
  })
  creditLimit?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) minimumOrderValue?: string | null;
  @Field(() => [String], { nullable: true }) accessGroups?: string[] | null;
  @Field(() => [ApprovalRuleInput], { nullable: true }) approvalRules?: ApprovalRuleInput[] | null;
  @Field(() => [AddressInput], { nullable: true }) addresses?: AddressInput[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Orders are placed only with the customer's PO number.",
  })
  requiresPurchaseOrderNumber?: boolean | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Percent off the company's portal orders (0 to 100). Null: the parent's, else the seller's default. Requires PRICING_MANAGE.",
  })
  portalDiscountPercent?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Added to the company's phone and e-mail orders, in its currency. Null: the parent's, else the seller's default. Requires PRICING_MANAGE.",
  })
  phoneOrderSurcharge?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Portal orders handled first. Null: the parent's, else the seller's default.",
  })
  priorityHandling?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'On a parent company: one credit limit for it and its subsidiaries (their exposure counted together). Requires CREDIT_MANAGE.',
  })
  sharedCreditLimit?: boolean | null;
}

@ObjectType('CompanyPayload')
export class CompanyPayload {
  @Field(() => CompanyType, { nullable: true }) company: CompanyType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
