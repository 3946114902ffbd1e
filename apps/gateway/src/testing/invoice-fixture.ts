import type { DataSource } from 'typeorm';
import { Money, OrderStatus, computeTax, toDecimalString } from '@portal/domain';
import { toGlobalId } from '../common/node-id';
import {
  Company,
  Invoice,
  Order,
  OrderLine,
  Payment,
  PaymentAllocation,
  PaymentTerm,
  PaymentTermInstallment,
  TaxRate,
  type User,
} from '../entity';
import type { CatalogSku } from './catalog-fixture';
import type { GraphQLClient } from './graphql-client';
import { nth } from './items';
import { ensureStandardTaxRate } from './order-fixture';
import type { TestPortal } from './portal-harness';

/**
 * What the invoicing e2e suites add to the access and catalog fixtures (keep these exports
 * stable: the payments and documents suites use them too):
 * - a STANDARD tax rate of 8.25 %;
 * - payment terms "2/10 Net 30" and "Thirds" (33.33 % / 33.33 % / rest at 30, 60, 90 days);
 * - `seedShippedOrder`: a placed order straight in the database (SHIPPED unless told), priced as
 *   given, taxed by the domain like the order service does, ready to be invoiced over HTTP.
 */
export interface InvoiceFixture {
  terms: { net30: PaymentTerm; twoTenNet30: PaymentTerm; thirds: PaymentTerm };
}

export async function seedInvoiceFixture(portal: TestPortal): Promise<InvoiceFixture> {
  const ds: DataSource = portal.runtime.dataSource;
  const now = portal.clock.now();
  await ensureStandardTaxRate(ds);
  const net30 = await ds
    .getRepository(PaymentTerm)
    .findOneByOrFail({ id: portal.fixture.acme.company.paymentTermId ?? -1 });
  const twoTenNet30 = await ds.getRepository(PaymentTerm).save({
    name: '2/10 Net 30',
    netDays: 30,
    endOfMonth: false,
    earlyPaymentDiscountPercent: '2',
    earlyPaymentDiscountDays: 10,
    createdAt: now,
  });
  const thirds = await ds.getRepository(PaymentTerm).save({
    name: 'Thirds',
    netDays: 90,
    endOfMonth: false,
    earlyPaymentDiscountPercent: null,
    earlyPaymentDiscountDays: null,
    createdAt: now,
  });
  await ds.getRepository(PaymentTermInstallment).insert([
    { paymentTermId: thirds.id, position: 1, percent: '33.33', days: 30 },
    { paymentTermId: thirds.id, position: 2, percent: '33.33', days: 60 },
    { paymentTermId: thirds.id, position: 3, percent: '33.34', days: 90 },
  ]);
  return { terms: { net30, twoTenNet30, thirds } };
}

/** Changes a company's payment term, tax exemption or credit limit directly in the database. */
export async function setCompanyTerms(
  portal: TestPortal,
  company: Company,
  changes: {
    paymentTermId?: number | null;
    taxExemptionCertificate?: string | null;
    creditLimit?: string | null;
  },
): Promise<void> {
  const set: Partial<Company> = {};
  if (changes.paymentTermId !== undefined) set.paymentTermId = changes.paymentTermId;
  if (changes.taxExemptionCertificate !== undefined) {
    set.taxExempt = changes.taxExemptionCertificate !== null;
    set.taxExemptionCertificate = changes.taxExemptionCertificate;
  }
  if (changes.creditLimit !== undefined) set.creditLimit = changes.creditLimit;
  await portal.runtime.dataSource.getRepository(Company).update({ id: company.id }, set);
  Object.assign(company, set);
}

export interface ShippedOrderLine {
  sku: CatalogSku;
  quantity: string;
  /** Per base unit. */
  unitPrice: string;
}

let fixtureOrders = 0;

/** A placed order (SHIPPED by default) of `author`'s company, written straight to the database. */
export async function seedShippedOrder(
  portal: TestPortal,
  author: User,
  lines: ShippedOrderLine[],
  status: OrderStatus = OrderStatus.SHIPPED,
): Promise<Order> {
  const ds = portal.runtime.dataSource;
  const now = portal.clock.now();
  const company = await ds.getRepository(Company).findOneByOrFail({ id: author.companyId ?? -1 });
  const rate =
    (await ds.getRepository(TaxRate).findOneBy({ taxClass: 'STANDARD', countryCode: '', region: '' }))
      ?.rate ?? '0';
  const currency = company.currencyCode;
  const amounts = lines.map((l) => Money.of(l.unitPrice, currency).multiply(l.quantity).round());
  const tax = computeTax({
    currencyCode: currency,
    rates: [{ taxClass: 'STANDARD', percent: rate }],
    exemption: company.taxExempt ? { resaleCertificateNumber: company.taxExemptionCertificate ?? '' } : null,
    lines: amounts.map((amount, i) => ({ ref: String(i), taxClass: 'STANDARD', amount })),
  });
  fixtureOrders += 1;
  const order = await ds.getRepository(Order).save(
    ds.getRepository(Order).create({
      number: `SO-F${String(fixtureOrders).padStart(5, '0')}-${portal.engine}`,
      status,
      channel: 'PORTAL',
      companyId: company.id,
      createdById: author.id,
      assignedToId: null,
      currencyCode: currency,
      purchaseOrderNumber: null,
      requestedDeliveryDate: null,
      notes: null,
      shippingAddressId: null,
      subtotal: toDecimalString(tax.subtotal.amount),
      taxTotal: toDecimalString(tax.taxTotal.amount),
      total: toDecimalString(tax.total.amount),
      sourceOrderId: null,
      rfqId: null,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    }),
  );
  const products = portal.catalog.products;
  await ds.getRepository(OrderLine).insert(
    lines.map((l, i) => {
      const taxed = nth(tax.lines, i, 'taxed line');
      return {
        orderId: order.id,
        position: i + 1,
        productId: products[l.sku].id,
        sku: l.sku,
        description: products[l.sku].name,
        quantity: l.quantity,
        unitId: products[l.sku].baseUnitId,
        baseQuantity: l.quantity,
        unitPrice: l.unitPrice,
        lineTotal: toDecimalString(nth(amounts, i, 'line amount').amount),
        previousUnitPrice: null,
        taxRate: toDecimalString(taxed.ratePercent),
        taxAmount: toDecimalString(taxed.tax.amount),
        priceRuleId: null,
        priceExplanation: 'Fixture price',
      };
    }),
  );
  return order;
}

/**
 * A succeeded payment straight in the database, allocated to invoices (amount and discount per
 * invoice), with the invoices' amountPaid and status updated as the payments service would.
 */
export async function seedPayment(
  portal: TestPortal,
  company: Company,
  paidAt: string,
  allocations: { invoiceId: number; amount: string; discountTaken?: string }[],
  reference = 'Wire 4711',
): Promise<Payment> {
  const ds = portal.runtime.dataSource;
  const currency = company.currencyCode;
  const total = allocations.reduce((s, a) => s.add(Money.of(a.amount, currency)), Money.zero(currency));
  const discount = allocations.reduce(
    (s, a) => s.add(Money.of(a.discountTaken ?? '0', currency)),
    Money.zero(currency),
  );
  const payment = await ds.getRepository(Payment).save({
    companyId: company.id,
    amount: toDecimalString(total.amount),
    currencyCode: currency,
    method: 'WIRE',
    status: 'SUCCEEDED',
    reference,
    provider: null,
    providerReference: null,
    idempotencyKey: null,
    paidAt: new Date(`${paidAt}T12:00:00.000Z`),
    discountTaken: toDecimalString(discount.amount),
    remittanceInstructions: null,
    createdById: null,
    createdAt: new Date(`${paidAt}T12:00:00.000Z`),
  });
  for (const a of allocations) {
    await ds.getRepository(PaymentAllocation).insert({
      paymentId: payment.id,
      invoiceId: a.invoiceId,
      amount: a.amount,
      discountTaken: a.discountTaken ?? '0',
    });
    const invoice = await ds.getRepository(Invoice).findOneByOrFail({ id: a.invoiceId });
    const paid = Money.of(invoice.amountPaid, currency)
      .add(Money.of(a.amount, currency))
      .add(Money.of(a.discountTaken ?? '0', currency));
    await ds.getRepository(Invoice).update(
      { id: invoice.id },
      {
        amountPaid: toDecimalString(paid.amount),
        status: paid.compare(Money.of(invoice.total, currency)) >= 0 ? 'PAID' : invoice.status,
      },
    );
  }
  return payment;
}

/** The fields the invoicing suites read. */
export const INVOICE_FIELDS = `
  id number kind status issuedOn dueOn reason taxExemptionText
  company { name } order { number status }
  subtotal { amount currencyCode } taxTotal { amount } total { amount } amountPaid { amount } amountDue { amount }
  earlyPaymentDiscount { percent deadline amount { amount } amountToPay { amount } }
  installments { dueOn amount { amount } }
`;

export const INVOICE_PAYLOAD = `invoice { ${INVOICE_FIELDS} lines { description quantity unit { symbol } unitPrice { amount } lineTotal { amount } taxRate taxAmount { amount } } } userErrors { field code message }`;

/** Invoices an order over HTTP (as a staff client with INVOICING_MANAGE); returns the payload. */
export async function invoiceOrder(
  client: GraphQLClient,
  order: Order | string,
  options: { issuedOn?: string; draft?: boolean } = {},
): Promise<{ invoice: any; userErrors: { field: string[] | null; code: string; message: string }[] }> {
  const orderId = typeof order === 'string' ? order : toGlobalId('Order', order.id);
  const res = await client.request(
    `mutation($input: InvoiceOrderInput!) { invoiceOrder(input: $input) { ${INVOICE_PAYLOAD} } }`,
    {
      input: { orderId, ...options },
    },
  );
  if (res.errors?.length)
    throw new Error(`invoiceOrder failed: ${res.errors.map((e) => e.message).join('; ')}`);
  return res.data!.invoiceOrder;
}

/** Issues a credit note over HTTP; returns the payload. */
export async function issueCreditNote(
  client: GraphQLClient,
  invoiceId: string,
  amount: string,
  reason = 'Damaged goods',
  issuedOn?: string,
): Promise<{ invoice: any; userErrors: { field: string[] | null; code: string; message: string }[] }> {
  const res = await client.request(
    `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { ${INVOICE_PAYLOAD} } }`,
    {
      input: { invoiceId, amount, reason, ...(issuedOn ? { issuedOn } : {}) },
    },
  );
  if (res.errors?.length)
    throw new Error(`issueCreditNote failed: ${res.errors.map((e) => e.message).join('; ')}`);
  return res.data!.issueCreditNote;
}
