import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars';
import { MoneyType } from '../../common/money.type';
import { NodeInterface } from '../../common/node.type';

@ObjectType('Category', { implements: NodeInterface })
export class CategoryType extends NodeInterface {
  @Field(() => String) name: string;
  @Field(() => CategoryType, { nullable: true }) parent: CategoryType | null;
}

@ObjectType('Address')
export class AddressType {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => String) line1: string;
  @Field(() => String, { nullable: true }) line2: string | null;
  @Field(() => String) city: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String) postalCode: string;
  @Field(() => String) countryCode: string;
  @Field(() => Boolean, { description: 'Where new orders ship to.' }) isDefaultShipping: boolean;
  @Field(() => Boolean, { description: 'What invoices and statements are addressed to.' })
  isDefaultBilling: boolean;
  @Field(() => [String], { description: 'The address as its country writes it: "San Francisco, CA 94102".' })
  formatted: string[];
}

@ObjectType('ApprovalRule')
export class ApprovalRuleType {
  @Field(() => MoneyType, { nullable: true }) orderTotalAbove: MoneyType | null;
  @Field(() => Int, { nullable: true }) lineCountAbove: number | null;
  @Field(() => CategoryType, { nullable: true }) category: CategoryType | null;
}

@ObjectType('PaymentTermInstallment')
export class PaymentTermInstallmentType {
  @Field(() => DecimalScalar, {
    description: 'Share of the invoice total, in percent; the last installment takes the remainder.',
  })
  percent: string;
  @Field(() => Int) days: number;
}

@ObjectType('PaymentTerm')
export class PaymentTermType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'e.g. 2/10 Net 30' }) name: string;
  @Field(() => Int, { description: 'Days from the invoice date to the (last) due date.' }) netDays: number;
  @Field(() => DecimalScalar, { nullable: true }) earlyPaymentDiscountPercent: string | null;
  @Field(() => Int, { nullable: true }) earlyPaymentDiscountDays: number | null;
  @Field(() => [PaymentTermInstallmentType], {
    description: 'Empty for a single due date; otherwise shares of the total due at different dates.',
  })
  installments: PaymentTermInstallmentType[];
}

@ObjectType('Pricelist', { implements: NodeInterface })
export class PricelistType extends NodeInterface {
  @Field(() => String) name: string;
  @Field(() => String) currencyCode: string;
  @Field(() => Boolean, {
    description: 'When true, contract-price viewers also see catalog (list) prices as compare-at prices.',
  })
  showsCatalogPrices: boolean;
  @Field(() => Int, { description: 'Decimals of its unit prices (2 to 4).' }) pricePrecision: number;
}

@ObjectType('Company', { implements: NodeInterface })
export class CompanyType extends NodeInterface {
  @Field(() => String) name: string;
  @Field(() => CompanyType, { nullable: true }) parent: CompanyType | null;
  @Field(() => String) currencyCode: string;
  @Field(() => Boolean, { description: "Orders are placed only with the customer's PO number." })
  requiresPurchaseOrderNumber: boolean;
}
