import { registerEnumType } from 'type-graphql';
import { AvailabilityPolicy, AvailabilityStatus } from '@portal/domain';

registerEnumType(AvailabilityStatus, { name: 'AvailabilityStatus' });
registerEnumType(AvailabilityPolicy, { name: 'AvailabilityPolicy' });

export enum DocumentKind {
  QUOTATION = 'QUOTATION',
  ORDER_CONFIRMATION = 'ORDER_CONFIRMATION',
  DELIVERY_SLIP = 'DELIVERY_SLIP',
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
  STATEMENT = 'STATEMENT',
  CERTIFICATE_OF_ANALYSIS = 'CERTIFICATE_OF_ANALYSIS',
  CERTIFICATE_OF_CONFORMANCE = 'CERTIFICATE_OF_CONFORMANCE',
  SAFETY_DATA_SHEET = 'SAFETY_DATA_SHEET',
  BILL_OF_LADING = 'BILL_OF_LADING',
  TAX_EXEMPTION_CERTIFICATE = 'TAX_EXEMPTION_CERTIFICATE',
  OTHER = 'OTHER',
  PRODUCT_IMAGE = 'PRODUCT_IMAGE',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  valuesConfig: {
    PRODUCT_IMAGE: { description: "A picture of a product (PNG or JPEG), shown in the product's gallery." },
  },
});

export enum PriceRuleScope {
  ALL_PRODUCTS = 'ALL_PRODUCTS',
  CATEGORY = 'CATEGORY',
  PRODUCT = 'PRODUCT',
}
registerEnumType(PriceRuleScope, {
  name: 'PriceRuleScope',
  valuesConfig: { CATEGORY: { description: 'The category and all its sub-categories.' } },
});

export enum PriceComputation {
  FIXED = 'FIXED',
  PERCENT_DISCOUNT = 'PERCENT_DISCOUNT',
  FORMULA = 'FORMULA',
}
registerEnumType(PriceComputation, { name: 'PriceComputation' });

export enum PriceBase {
  LIST_PRICE = 'LIST_PRICE',
  COST = 'COST',
  OTHER_PRICELIST = 'OTHER_PRICELIST',
}
registerEnumType(PriceBase, { name: 'PriceBase' });

export enum ProductSortKey {
  NAME = 'NAME',
  SKU = 'SKU',
  PRICE = 'PRICE',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(ProductSortKey, { name: 'ProductSortKey' });

export { AvailabilityPolicy, AvailabilityStatus };
