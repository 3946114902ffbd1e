/** What the mutations of this area take, as plain data (the API's input types are built on them). */

export interface SaveCompanyInput {
  companyId?: string | null;
  name?: string | null;
  parentId?: string | null;
  currencyCode?: string | null;
  pricelistId?: string | null;
  paymentTermId?: string | null;
  creditLimit?: string | null;
  minimumOrderValue?: string | null;
  accessGroups?: string[] | null;
  approvalRules?: ApprovalRuleInput[] | null;
  addresses?: AddressInput[] | null;
  requiresPurchaseOrderNumber?: boolean | null;
  portalDiscountPercent?: string | null;
  phoneOrderSurcharge?: string | null;
  priorityHandling?: boolean | null;
  sharedCreditLimit?: boolean | null;
}

export interface ApprovalRuleInput {
  orderTotalAbove?: string | null;
  lineCountAbove?: number | null;
  categoryId?: string | null;
}

export interface AddressInput {
  label?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  countryCode: string;
  isDefaultShipping?: boolean | null;
  isDefaultBilling?: boolean | null;
}
