import type { DataSource } from 'typeorm';
import { CompanyApprovalRule, TaxRate } from '../entity';
import type { TestPortal } from './portal-harness';

/**
 * What the order e2e tests add to the access and catalog fixtures: a STANDARD tax rate of
 * 8.25 %, and acme's approval rule (orders above 5,000.00 USD need approval). Globex has no rule.
 */
export async function seedOrderFixture(portal: TestPortal): Promise<void> {
  const ds: DataSource = portal.runtime.dataSource;
  await ensureStandardTaxRate(ds);
  await ds.getRepository(CompanyApprovalRule).save({
    companyId: portal.fixture.acme.company.id,
    orderTotalAbove: '5000',
    lineCountAbove: null,
    categoryId: null,
  });
}

/**
 * The STANDARD tax class's rate for everywhere (8.25 %), once: the fixture catalog's products carry
 * STANDARD, and a product or order line without a rate is refused rather than taxed at 0.
 */
export async function ensureStandardTaxRate(ds: DataSource): Promise<void> {
  if (await ds.getRepository(TaxRate).existsBy({ taxClass: 'STANDARD', countryCode: '', region: '' })) return;
  await ds
    .getRepository(TaxRate)
    .save({ taxClass: 'STANDARD', name: 'Standard rate', countryCode: '', region: '', rate: '8.25' });
}

/** GraphQL fragments and helpers shared by the order e2e suites. */
export const ORDER_FIELDS = `
  id number status channel submittedAt purchaseOrderNumber requestedDeliveryDate notes
  company { name }
  createdBy { email }
  shippingAddress { city }
  subtotal { amount currencyCode } taxTotal { amount } total { amount }
  issues { code message lineId }
  approval { status reason comment requestedBy { email } decidedBy { email } }
  events { status message actor { email } }
  availableActions
  lines {
    id sku quantity baseQuantity unit { symbol }
    unitPrice { amount } lineTotal { amount } previousUnitPrice { amount }
    product { sku } availability { status }
    issues { code message }
  }
`;

export const PAYLOAD = `order { ${ORDER_FIELDS} } userErrors { field message code }`;
