/** What the mutations of this area take, as plain data (the API's input types are built on them). */
import type { AvailabilityPolicy, PriceBase, PriceComputation, PriceRuleScope } from '@portal/domain';

export interface PricelistRuleInput {
  scope: PriceRuleScope;
  categoryId?: string | null;
  productId?: string | null;
  minQuantity?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  computation: PriceComputation;
  fixedPrice?: string | null;
  percentDiscount?: string | null;
  base?: PriceBase | null;
  basePricelistId?: string | null;
  formulaDiscountPercent?: string | null;
  formulaSurcharge?: string | null;
  formulaRounding?: string | null;
  formulaMinMargin?: string | null;
  formulaMaxMargin?: string | null;
  label?: string | null;
  customerText?: string | null;
}

export interface SaveCategoryInput {
  categoryId?: string | null;
  name?: string | null;
  parentId?: string | null;
}

export interface SavePricelistInput {
  pricelistId?: string | null;
  name?: string | null;
  currencyCode?: string | null;
  showsCatalogPrices?: boolean | null;
  pricePrecision?: number | null;
  rules?: PricelistRuleInput[] | null;
}

export interface SaveProductInput {
  productId?: string | null;
  sku?: string | null;
  name?: string | null;
  description?: string | null;
  categoryId?: string | null;
  baseUnitId?: string | null;
  units?: ProductUnitInput[] | null;
  listPrice?: string | null;
  cost?: string | null;
  minimumOrderQuantity?: string | null;
  orderMultiple?: string | null;
  published?: boolean | null;
  accessGroups?: string[] | null;
  stockOnHand?: string | null;
  availabilityPolicy?: AvailabilityPolicy | null;
  restockDate?: string | null;
  leadTimeDays?: number | null;
  taxClass?: string | null;
}

export interface SaveUnitOfMeasureInput {
  unitId?: string | null;
  name?: string | null;
  symbol?: string | null;
  category?: string | null;
  ratio?: string | null;
  rounding?: string | null;
}

export interface ProductUnitInput {
  unitId: string;
  factor?: string | null;
  isDefault?: boolean | null;
}
