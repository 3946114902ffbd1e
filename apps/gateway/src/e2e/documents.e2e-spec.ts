import { lineTotal, OrderStatus, sumMoney, toDecimalString } from '@portal/domain';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import {
  Address,
  Company,
  Document,
  Invoice,
  InvoiceLine,
  Order,
  OrderLine,
  PaymentTerm,
  Shipment,
  type User,
} from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { nth, only } from '../testing/items';
import { seedOrderFixture } from '../testing/order-fixture';
import { pdfAllText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

interface DocumentJson {
  id: string;
  kind: string;
  title: string;
  url: string;
  contentType: string;
}

const DOC = 'id kind title url contentType createdAt';
const ORDER_DOCS = `query($id: ID!) { order(id: $id) { number documents { ${DOC} } } }`;
const INVOICE_DOC = `query($id: ID!) { invoice(id: $id) { number document { ${DOC} } } }`;
const PRODUCT_DOCS = `query($id: ID!) { product(id: $id) { sku documents { ${DOC} } } }`;
const STATEMENT = `query($from: Date, $to: Date) { accountStatement(from: $from, to: $to) {
  from to openingBalance { amount } closingBalance { amount currencyCode }
  entries { date kind reference debit { amount } credit { amount } balance { amount } }
  aging { asOf totalOutstanding { amount } buckets { label amount { amount } count } }
  document { ${DOC} }
} }`;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const money = (amount: string) =>
  Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A small, valid PDF, as a staff member would upload. */
function certificatePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ info: { CreationDate: new Date('2026-01-01T00:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

describe.each(testEngines())('documents on %s', (engine) => {
  const counter = new StatementCounter();
  let portal: TestPortal;
  const emails = {
    admin: 'admin@acme.example',
    buyer: 'buyer@acme.example',
    approver: 'approver@acme.example',
    viewer: 'viewer@acme.example',
    requisitioner: 'requisitioner@acme.example',
    globexAdmin: 'admin@globex.example',
    globexBuyer: 'buyer@globex.example',
    sales: 'sales@seller.example',
    warehouse: 'warehouse@seller.example',
    accounting: 'accounting@seller.example',
    staffAdmin: 'admin@seller.example',
  };
  let clients: Record<keyof typeof emails, GraphQLClient>;
  let sequence = 0;
  let orderA: Order;
  let orderQ: Order;
  let orderR: Order;
  let orderG: Order;
  let shipmentA: Shipment;
  let invoice: Invoice;
  let creditNote: Invoice;
  let draftInvoice: Invoice;

  const ds = () => portal.runtime.dataSource;
  const fetchDocument = (
    url: string,
    auth: { client?: GraphQLClient; bearer?: string; headers?: Record<string, string> } = {},
  ) =>
    fetch(`${portal.url}${url}`, {
      headers: {
        ...(auth.client?.sessionCookie ? { cookie: auth.client.sessionCookie } : {}),
        ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
        ...auth.headers,
      },
    });
  const download = async (url: string, client: GraphQLClient) => {
    const res = await fetchDocument(url, { client });
    expect(res.status, `${url} should download`).toBe(200);
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const expectNotFound = async (url: string, auth: Parameters<typeof fetchDocument>[1] = {}) => {
    const res = await fetchDocument(url, auth);
    expect(res.status, `${url} should be 404`).toBe(404);
    expect(await res.text()).toBe('Not found');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  };
  const orderDocuments = async (client: GraphQLClient, order: Order): Promise<DocumentJson[]> => {
    const res = await client.request(ORDER_DOCS, { id: toGlobalId('Order', order.id) });
    expect(res.errors).toBeUndefined();
    return res.data?.order.documents;
  };
  const one = (documents: DocumentJson[], kind: string): DocumentJson => {
    const found = documents.filter((d) => d.kind === kind);
    expect(found, `one ${kind} in ${JSON.stringify(documents)}`).toHaveLength(1);
    return only(found, kind);
  };

  const placeOrder = async (
    author: User,
    status: Order['status'],
    lines: [
      sku: 'CUP-12' | 'CHEF-KNIFE' | 'SOLV-55',
      qty: string,
      unit: 'cs' | 'ea' | 'gal',
      price: string,
    ][],
    extra: Partial<Order> = {},
  ) => {
    const now = portal.clock.now();
    sequence += 1;
    const subtotal = sumMoney(
      lines.map(([, q, , p]) => lineTotal(p, q, 'USD')),
      'USD',
    );
    const tax = subtotal.multiply('0.0825').round();
    const address = await ds().getRepository(Address).findOneByOrFail({ companyId: author.companyId! });
    const order = await ds()
      .getRepository(Order)
      .save(
        ds()
          .getRepository(Order)
          .create({
            number: `SO-9${String(sequence).padStart(5, '0')}`,
            status,
            channel: 'PORTAL',
            companyId: author.companyId!,
            createdById: author.id,
            assignedToId: null,
            currencyCode: 'USD',
            purchaseOrderNumber: `PO-${sequence}`,
            shippingAddressId: address.id,
            subtotal: toDecimalString(subtotal.amount),
            taxTotal: toDecimalString(tax.amount),
            total: toDecimalString(subtotal.add(tax).amount),
            submittedAt: now,
            createdAt: now,
            updatedAt: now,
            ...extra,
          }),
      );
    let position = 0;
    for (const [sku, quantity, unit, unitPrice] of lines) {
      const product = portal.catalog.products[sku];
      await ds()
        .getRepository(OrderLine)
        .insert({
          orderId: order.id,
          position: ++position,
          productId: product.id,
          sku,
          description: product.name,
          quantity,
          unitId: portal.catalog.units[unit].id,
          baseQuantity: quantity,
          unitPrice,
          lineTotal: toDecimalString(lineTotal(unitPrice, quantity, 'USD').amount),
          taxRate: '8.25',
        });
    }
    return order;
  };
  const ship = async (order: Order) => {
    const shipment = await ds().getRepository(Shipment).save({
      orderId: order.id,
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      trackingUrl: null,
      billOfLadingNumber: 'BOL-4711',
      expectedShipDate: null,
      shippedAt: portal.clock.now(),
      deliveredAt: null,
      createdAt: portal.clock.now(),
    });
    await ds().getRepository(Order).update({ id: order.id }, { status: OrderStatus.SHIPPED });
    return shipment;
  };
  const saveInvoice = async (
    fields: Partial<Invoice>,
    lines: [description: string, quantity: string, unitPrice: string][],
  ) => {
    const now = portal.clock.now();
    const row = await ds()
      .getRepository(Invoice)
      .save(
        ds()
          .getRepository(Invoice)
          .create({
            kind: 'INVOICE',
            status: 'OPEN',
            companyId: portal.fixture.acme.company.id,
            orderId: null,
            creditedInvoiceId: null,
            reason: null,
            currencyCode: 'USD',
            amountPaid: '0',
            paymentTermId: null,
            earlyPaymentDiscountPercent: null,
            earlyPaymentDiscountDeadline: null,
            taxExemptionText: null,
            createdById: portal.fixture.staff.ACCOUNTING.id,
            createdAt: now,
            updatedAt: now,
            ...fields,
          } as Invoice),
      );
    let position = 0;
    for (const [description, quantity, unitPrice] of lines) {
      await ds()
        .getRepository(InvoiceLine)
        .insert({
          invoiceId: row.id,
          position: ++position,
          orderLineId: null,
          productId: portal.catalog.products['CUP-12'].id,
          description,
          quantity,
          unitId: portal.catalog.units.cs.id,
          unitPrice,
          lineTotal: toDecimalString(lineTotal(unitPrice, quantity, 'USD').amount),
          taxRate: '8.25',
          taxAmount: '0',
        });
    }
    return row;
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    await seedOrderFixture(portal);
    clients = await portal.signedInAll(emails);

    const term = await ds().getRepository(PaymentTerm).save({
      name: '2/10 Net 30',
      netDays: 30,
      endOfMonth: false,
      earlyPaymentDiscountPercent: '2',
      earlyPaymentDiscountDays: 10,
      createdAt: portal.clock.now(),
    });
    await ds()
      .getRepository(Company)
      .update({ id: portal.fixture.acme.company.id }, { paymentTermId: term.id });
    const { acme, globex } = portal.fixture;
    orderA = await placeOrder(acme.users.BUYER, OrderStatus.SALES_ORDER, [
      ['CUP-12', '30', 'cs', '10.56'],
      ['CHEF-KNIFE', '2', 'ea', '45.00'],
    ]);
    shipmentA = await ship(orderA);
    orderQ = await placeOrder(acme.users.BUYER, OrderStatus.QUOTATION, [['SOLV-55', '12', 'gal', '18.75']], {
      quoteRevision: 2,
      quoteValidUntil: '2026-12-15',
      quoteSentAt: portal.clock.now(),
      submittedAt: null,
    });
    orderR = await placeOrder(acme.users.REQUISITIONER, OrderStatus.SALES_ORDER, [
      ['CUP-12', '5', 'cs', '10.56'],
    ]);
    await ship(orderR);
    orderG = await placeOrder(globex.users.BUYER, OrderStatus.SALES_ORDER, [['CUP-12', '1', 'cs', '11.00']]);

    invoice = await saveInvoice(
      {
        number: 'INV-900001',
        orderId: orderA.id,
        issuedOn: '2026-11-02',
        dueOn: '2026-12-02',
        subtotal: '1000.00',
        taxTotal: '82.50',
        total: '1082.50',
        paymentTermId: term.id,
        earlyPaymentDiscountPercent: '2',
        earlyPaymentDiscountDeadline: '2026-11-12',
      },
      [['Paper cup 12 oz', '100', '10.00']],
    );
    creditNote = await saveInvoice(
      {
        number: 'CN-900001',
        kind: 'CREDIT_NOTE',
        orderId: orderA.id,
        creditedInvoiceId: invoice.id,
        reason: 'Damaged cases',
        issuedOn: '2026-11-05',
        dueOn: null,
        subtotal: '100.00',
        taxTotal: '0',
        total: '100.00',
      },
      [['Credit: damaged cases', '10', '10.00']],
    );
    draftInvoice = await saveInvoice(
      {
        number: 'DRAFT-900001',
        status: 'DRAFT',
        orderId: orderA.id,
        issuedOn: null,
        dueOn: null,
        subtotal: '10.00',
        taxTotal: '0',
        total: '10.00',
      },
      [['Paper cup 12 oz', '1', '10.00']],
    );
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('serves the order confirmation once placed: seller, buyer, lines with units and prices, totals and terms; the same bytes every time', async () => {
    const documents = await orderDocuments(clients.buyer, orderA);
    expect(documents.map((d) => d.kind).sort()).toEqual(['DELIVERY_SLIP', 'ORDER_CONFIRMATION']);
    const confirmation = one(documents, 'ORDER_CONFIRMATION');
    expect(confirmation).toMatchObject({
      title: `Order confirmation ${orderA.number}`,
      contentType: 'application/pdf',
      url: `/documents/${confirmation.id}`,
    });

    const { res, bytes } = await download(confirmation.url, clients.buyer);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="Order-confirmation-${orderA.number}.pdf"; filename*=UTF-8''Order-confirmation-${orderA.number}.pdf`,
    );
    expect(res.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const text = await pdfAllText(bytes);
    for (const expected of [
      'ORDER CONFIRMATION',
      orderA.number,
      'PO-1',
      'Seller Supply Co.',
      'Tax ID: EIN 12-3456789',
      'Acme Restaurant Group',
      '1 Main Street',
      'CUP-12',
      'Paper cup 12 oz',
      '30 cs 10.56 316.80',
      'CHEF-KNIFE',
      '2 ea 45.00 90.00',
      'Subtotal 406.80',
      'Tax 33.56',
      'Total USD 440.36 USD',
      '2/10 Net 30',
    ]) {
      expect(text).toContain(expected);
    }

    // Stored: the same bytes on every download and for every reader; a 304 for a matching ETag.
    const again = await download(confirmation.url, clients.admin);
    expect(sha256(again.bytes)).toBe(sha256(bytes));
    const notModified = await fetchDocument(confirmation.url, {
      client: clients.buyer,
      headers: { 'if-none-match': `"${sha256(bytes)}"` },
    });
    expect(notModified.status).toBe(304);
    expect(await orderDocuments(clients.admin, orderA)).toEqual(documents);
    const row = await ds()
      .getRepository(Document)
      .findOneByOrFail({ versionKey: `order-confirmation:${orderA.id}` });
    expect(row).toMatchObject({
      sha256: sha256(bytes),
      byteSize: bytes.length,
      storageKey: `${sha256(bytes).slice(0, 2)}/${sha256(bytes)}`,
    });
  });

  it('prints delivery slips with carrier and tracking and without prices; requisitioners get slips but no price-bearing documents', async () => {
    const slip = one(await orderDocuments(clients.buyer, orderA), 'DELIVERY_SLIP');
    expect(slip.title).toBe(`Delivery slip ${orderA.number}-1`);
    const text = await pdfAllText((await download(slip.url, clients.buyer)).bytes);
    for (const expected of [
      'DELIVERY SLIP',
      orderA.number,
      'Carrier: UPS',
      'Tracking number: 1Z999AA10123456784',
      'Bill of lading: BOL-4711',
      'CUP-12',
      '30 cs',
      'CHEF-KNIFE',
      '2 ea',
      '1 Main Street',
    ]) {
      expect(text).toContain(expected);
    }
    for (const price of ['10.56', '316.80', '45.00', '406.80', '440.36', 'Total'])
      expect(text).not.toContain(price);

    // The requisitioner's own shipped order: the slip, not the confirmation (contract prices).
    const theirs = await orderDocuments(clients.requisitioner, orderR);
    expect(theirs.map((d) => d.kind)).toEqual(['DELIVERY_SLIP']);
    await download(only(theirs).url, clients.requisitioner);
    const confirmationR = one(await orderDocuments(clients.admin, orderR), 'ORDER_CONFIRMATION');
    await expectNotFound(confirmationR.url, { client: clients.requisitioner });
    await download(confirmationR.url, clients.admin);
  });

  it('prints one quotation per revision, with its validity; a new revision is a new document and the old one keeps its bytes', async () => {
    const rev2 = one(await orderDocuments(clients.buyer, orderQ), 'QUOTATION');
    expect(rev2.title).toBe(`Quotation ${orderQ.number} revision 2`);
    const bytes2 = (await download(rev2.url, clients.buyer)).bytes;
    const text = await pdfAllText(bytes2);
    for (const expected of [
      'QUOTATION',
      orderQ.number,
      'Revision: 2',
      'Valid until: 2026-12-15',
      'SOLV-55',
      '12 gal 18.75 225.00',
      'Subtotal 225.00',
      'Tax 18.56',
      'Total USD 243.56 USD',
      'valid until 2026-12-15',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await orderDocuments(clients.buyer, orderQ)).toHaveLength(1);

    await ds()
      .getRepository(Order)
      .update({ id: orderQ.id }, { quoteRevision: 3, quoteValidUntil: '2026-12-31' });
    const documents = await orderDocuments(clients.buyer, orderQ);
    expect(documents.map((d) => d.title)).toEqual([
      `Quotation ${orderQ.number} revision 2`,
      `Quotation ${orderQ.number} revision 3`,
    ]);
    const rev3 = nth(documents, 1, 'quotation document');
    const text3 = await pdfAllText((await download(rev3.url, clients.buyer)).bytes);
    expect(text3).toContain('Revision: 3');
    expect(text3).toContain('Valid until: 2026-12-31');
    expect(sha256((await download(rev2.url, clients.buyer)).bytes)).toBe(sha256(bytes2));
  });

  it('prints invoices with number, lines, subtotal, tax, total, due date and the early-payment discount; credit notes with the invoice they credit', async () => {
    const res = await clients.buyer.request(INVOICE_DOC, { id: toGlobalId('Invoice', invoice.id) });
    expect(res.errors).toBeUndefined();
    const document: DocumentJson = res.data?.invoice.document;
    expect(document).toMatchObject({
      kind: 'INVOICE',
      title: 'Invoice INV-900001',
      contentType: 'application/pdf',
    });
    const bytes = (await download(document.url, clients.buyer)).bytes;
    const text = await pdfAllText(bytes);
    for (const expected of [
      'INVOICE',
      'Invoice: INV-900001',
      'Date: 2026-11-02',
      'Due date: 2026-12-02',
      `Order: ${orderA.number}`,
      'Acme Restaurant Group',
      'Paper cup 12 oz',
      '100 cs 10.00 1,000.00',
      'Subtotal 1,000.00',
      'Tax 82.50',
      'Total USD 1,082.50 USD',
      '2/10 Net 30',
      'Early-payment discount: 2% (21.65) if paid on or before 2026-11-12: pay 1,060.85 USD by 2026-11-12.',
      'Routing (ABA): 021000021',
    ]) {
      expect(text).toContain(expected);
    }
    // Invoices do not change after issue: the same document and bytes on every request.
    const again = await clients.admin.request(INVOICE_DOC, { id: toGlobalId('Invoice', invoice.id) });
    expect(again.data?.invoice.document.id).toBe(document.id);
    expect(sha256((await download(document.url, clients.accounting)).bytes)).toBe(sha256(bytes));

    const credit = await clients.admin.request(INVOICE_DOC, { id: toGlobalId('Invoice', creditNote.id) });
    const creditDocument: DocumentJson = credit.data?.invoice.document;
    expect(creditDocument).toMatchObject({ kind: 'CREDIT_NOTE', title: 'Credit note CN-900001' });
    const creditText = await pdfAllText((await download(creditDocument.url, clients.admin)).bytes);
    for (const expected of [
      'CREDIT NOTE',
      'CN-900001',
      'Credits invoice: INV-900001',
      'Reason: Damaged cases',
      '10 cs 10.00 100.00',
      'Total USD 100.00 USD',
    ])
      expect(creditText).toContain(expected);
    expect(creditText).not.toContain('Early-payment');

    const draft = await clients.accounting.request(INVOICE_DOC, {
      id: toGlobalId('Invoice', draftInvoice.id),
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data?.invoice.document).toBeNull();
  });

  it('keeps invoice documents from the summary role, requisitioners, staff without contract prices and other companies', async () => {
    const document = (await clients.admin.request(INVOICE_DOC, { id: toGlobalId('Invoice', invoice.id) }))
      .data?.invoice.document as DocumentJson;
    const approver = await clients.approver.request(INVOICE_DOC, { id: toGlobalId('Invoice', invoice.id) });
    expect(approver.data?.invoice?.document ?? null).toBeNull();
    expect(approver.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const client of ['approver', 'requisitioner', 'warehouse', 'globexAdmin', 'globexBuyer'] as const)
      await expectNotFound(document.url, { client: clients[client] });
    for (const client of ['buyer', 'viewer', 'sales', 'accounting'] as const)
      await download(document.url, clients[client]);
  });

  it('prints the statement with its entries, running balance, closing balance and aging; once per period and content', async () => {
    const res = await clients.admin.request(STATEMENT, { from: '2026-11-01', to: '2026-11-27' });
    expect(res.errors).toBeUndefined();
    const statement = res.data?.accountStatement;
    expect(statement.closingBalance.amount).toBe('982.50');
    const document: DocumentJson = statement.document;
    expect(document).toMatchObject({ kind: 'STATEMENT', title: 'Statement 2026-11-01 to 2026-11-27' });
    const bytes = (await download(document.url, clients.admin)).bytes;
    const text = await pdfAllText(bytes);
    expect(text).toContain('STATEMENT OF ACCOUNT');
    expect(text).toContain('Period: 2026-11-01 to 2026-11-27');
    expect(text).toContain(`Opening balance ${money(statement.openingBalance.amount)}`);
    for (const entry of statement.entries as {
      reference: string;
      date: string;
      debit: { amount: string } | null;
      credit: { amount: string } | null;
      balance: { amount: string };
    }[]) {
      const amount = entry.debit ? money(entry.debit.amount) : `${money(entry.credit!.amount)}`;
      expect(text).toContain(`${entry.date}`);
      expect(text).toContain(
        `${entry.reference} ${entry.debit ? amount : amount} ${money(entry.balance.amount)}`,
      );
    }
    expect(text).toContain('INV-900001 1,082.50 1,082.50');
    expect(text).toContain('CN-900001 100.00 982.50');
    expect(text).toContain('Closing balance 982.50 USD');
    for (const bucket of statement.aging.buckets as {
      label: string;
      amount: { amount: string };
      count: number;
    }[]) {
      expect(text).toContain(`${bucket.label} ${bucket.count} ${money(bucket.amount.amount)}`);
    }
    expect(text).toContain(`Total outstanding ${money(statement.aging.totalOutstanding.amount)}`);

    const again = await clients.viewer.request(STATEMENT, { from: '2026-11-01', to: '2026-11-27' });
    expect(again.data?.accountStatement.document.id).toBe(document.id);
    expect(sha256((await download(document.url, clients.viewer)).bytes)).toBe(sha256(bytes));
    for (const client of ['buyer', 'approver', 'requisitioner', 'globexAdmin', 'warehouse'] as const)
      await expectNotFound(document.url, { client: clients[client] });
  });

  it('stores no PDF for statement queries: one row per statement content, rendered on its download', async () => {
    const documentsDir = path.join(portal.runtime.config.dataDir, 'documents');
    const files = () =>
      existsSync(documentsDir) ? readdirSync(documentsDir, { recursive: true }).length : 0;
    const rows = () => portal.runtime.dataSource.getRepository(Document).countBy({ kind: 'STATEMENT' });
    const [filesBefore, rowsBefore] = [files(), await rows()];
    const periods = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'];
    for (const from of [...periods, ...periods]) {
      const res = await clients.admin.request(STATEMENT, { from, to: '2026-11-20' });
      expect(res.data?.accountStatement.document.kind).toBe('STATEMENT');
    }
    // Ten reads of five statements: five rows (same content, same row) and not one PDF.
    expect(await rows()).toBe(rowsBefore + periods.length);
    expect(files()).toBe(filesBefore);
    const res = await clients.admin.request(STATEMENT, { from: periods[0], to: '2026-11-20' });
    const bytes = (await download(res.data?.accountStatement.document.url, clients.admin)).bytes;
    expect(await pdfAllText(bytes)).toContain('Period: 2026-10-01 to 2026-11-20');
    expect(files()).toBeGreaterThan(filesBefore);
  });

  it('answers the same plain 404 for unknown, malformed, wrong-type and foreign ids and for signed-out requests', async () => {
    const confirmation = one(await orderDocuments(clients.buyer, orderA), 'ORDER_CONFIRMATION');
    const foreign = one(await orderDocuments(clients.globexBuyer, orderG), 'ORDER_CONFIRMATION');
    await download(foreign.url, clients.globexBuyer);
    await expectNotFound(foreign.url, { client: clients.buyer });
    await expectNotFound(foreign.url, { client: clients.admin });
    await expectNotFound(confirmation.url, { client: clients.globexAdmin });
    await expectNotFound(`/documents/${toGlobalId('Document', 999999)}`, { client: clients.admin });
    await expectNotFound('/documents/not-a-document-id', { client: clients.admin });
    await expectNotFound(`/documents/${toGlobalId('Order', orderA.id)}`, { client: clients.admin });
    await expectNotFound('/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd', { client: clients.admin });
    await expectNotFound(confirmation.url);
    await expectNotFound(confirmation.url, { headers: { cookie: 'portal_session=forged-session-token' } });
    await expectNotFound(confirmation.url, { bearer: 'pat_not-a-real-token' });
    // node(id) follows the same rule.
    const NODE = 'query($id: ID!) { node(id: $id) { id ... on Document { kind title } } }';
    expect((await clients.buyer.request(NODE, { id: confirmation.id })).data?.node).toEqual({
      id: confirmation.id,
      kind: 'ORDER_CONFIRMATION',
      title: `Order confirmation ${orderA.number}`,
    });
    expect((await clients.globexBuyer.request(NODE, { id: confirmation.id })).data?.node).toBeNull();
    // A company's product certificate is not for other companies.
    await expectNotFound(
      `/documents/${toGlobalId('Document', portal.catalog.documents.acmeCertificate.id)}`,
      { client: clients.globexBuyer },
    );
  });

  it('serves API tokens like sessions', async () => {
    const created = await clients.buyer.request(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { code } } }',
      { input: { name: 'erp' } },
    );
    const token = created.data?.createApiToken.token as string;
    expect(token).toMatch(/^pat_/);
    const confirmation = one(await orderDocuments(clients.buyer, orderA), 'ORDER_CONFIRMATION');
    const res = await fetchDocument(confirmation.url, { bearer: token });
    expect(res.status).toBe(200);
    const viaSession = (await download(confirmation.url, clients.buyer)).bytes;
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(sha256(viaSession));
    const foreign = one(await orderDocuments(clients.globexBuyer, orderG), 'ORDER_CONFIRMATION');
    await expectNotFound(foreign.url, { bearer: token });
  });

  describe('uploads', () => {
    const upload = (
      client: GraphQLClient | null,
      query: Record<string, string>,
      body: Uint8Array,
      headers: Record<string, string> = {},
    ) =>
      fetch(`${portal.url}/documents?${new URLSearchParams(query).toString()}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/pdf',
          'x-portal-upload': '1',
          ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}),
          ...headers,
        },
        body: Buffer.from(body),
      });
    const storedFiles = () => {
      const root = path.join(portal.runtime.config.dataDir, 'documents');
      try {
        return readdirSync(root, { recursive: true }).length;
      } catch {
        return 0;
      }
    };

    it('attaches a certificate to a product: listed in Product.documents for customers who see the product, 404 for those who do not', async () => {
      const knife = toGlobalId('Product', portal.catalog.products['CHEF-KNIFE'].id);
      const pdf = await certificatePdf('Certificate of analysis: chef knife, lot 42');
      const res = await upload(
        clients.staffAdmin,
        { kind: 'CERTIFICATE_OF_ANALYSIS', title: 'Chef knife CoA lot 42', productId: knife },
        pdf,
      );
      expect(res.status).toBe(201);
      const created = (await res.json()) as DocumentJson & { sha256: string };
      expect(created).toMatchObject({
        kind: 'CERTIFICATE_OF_ANALYSIS',
        title: 'Chef knife CoA lot 42',
        contentType: 'application/pdf',
        sha256: sha256(pdf),
        url: `/documents/${created.id}`,
      });

      for (const client of ['buyer', 'requisitioner', 'approver'] as const) {
        const product = await clients[client].request(PRODUCT_DOCS, { id: knife });
        expect(product.data?.product.documents.map((d: DocumentJson) => d.id)).toContain(created.id);
        const { res: got, bytes } = await download(created.url, clients[client]);
        expect(got.headers.get('content-type')).toBe('application/pdf');
        expect(sha256(bytes)).toBe(sha256(pdf));
        expect(await pdfAllText(bytes)).toContain('lot 42');
      }
      // The knife is for restaurants only: globex does not see the product, nor its certificate.
      expect((await clients.globexBuyer.request(PRODUCT_DOCS, { id: knife })).data?.product).toBeNull();
      await expectNotFound(created.url, { client: clients.globexBuyer });
      await expectNotFound(created.url);
    });

    it('attaches shipment papers (warehouse) that appear in Order.documents of who sees the order', async () => {
      const pdf = await certificatePdf('Bill of lading BOL-4711');
      const shipmentId = toGlobalId('Shipment', shipmentA.id);
      expect(
        (
          await upload(clients.staffAdmin, { kind: 'BILL_OF_LADING', title: 'BOL', shipmentId }, pdf, {
            'content-type': 'text/plain',
          })
        ).status,
      ).toBe(415);
      const res = await upload(
        clients.warehouse,
        { kind: 'BILL_OF_LADING', title: 'Bill of lading BOL-4711', shipmentId },
        pdf,
      );
      expect(res.status).toBe(201);
      const created = (await res.json()) as DocumentJson;
      const documents = await orderDocuments(clients.buyer, orderA);
      expect(one(documents, 'BILL_OF_LADING').id).toBe(created.id);
      expect(sha256((await download(created.url, clients.buyer)).bytes)).toBe(sha256(pdf));
      expect(one(await orderDocuments(clients.requisitioner, orderR), 'DELIVERY_SLIP')).toBeTruthy();
      await expectNotFound(created.url, { client: clients.globexBuyer });
      await expectNotFound(created.url, { client: clients.requisitioner });
      // The warehouse may not attach to products (CATALOG_MANAGE).
      const denied = await upload(
        clients.warehouse,
        {
          kind: 'SAFETY_DATA_SHEET',
          title: 'SDS',
          productId: toGlobalId('Product', portal.catalog.products['SOLV-55'].id),
        },
        pdf,
      );
      expect(denied.status).toBe(403);
    });

    it('refuses bad uploads with a clear JSON error and stores nothing', async () => {
      const pdf = await certificatePdf('x');
      const cup = toGlobalId('Product', portal.catalog.products['CUP-12'].id);
      const rowsBefore = await ds().getRepository(Document).count();
      const filesBefore = storedFiles();
      const cases: [string, Promise<Response>, number, string][] = [
        [
          'too large',
          upload(
            clients.staffAdmin,
            { kind: 'OTHER', title: 'Big', productId: cup },
            Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]),
          ),
          413,
          'PAYLOAD_TOO_LARGE',
        ],
        [
          'bad content type',
          upload(clients.staffAdmin, { kind: 'OTHER', title: 'Text', productId: cup }, Buffer.from('hello'), {
            'content-type': 'text/html',
          }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
        [
          'not what it says',
          upload(
            clients.staffAdmin,
            { kind: 'OTHER', title: 'Fake', productId: cup },
            Buffer.from('<html>not a pdf</html>'),
          ),
          415,
          'CONTENT_MISMATCH',
        ],
        [
          'missing product',
          upload(
            clients.staffAdmin,
            { kind: 'OTHER', title: 'Lost', productId: toGlobalId('Product', 999999) },
            pdf,
          ),
          404,
          'NOT_FOUND',
        ],
        [
          'malformed product',
          upload(clients.staffAdmin, { kind: 'OTHER', title: 'Lost', productId: 'nope' }, pdf),
          404,
          'NOT_FOUND',
        ],
        [
          'missing shipment',
          upload(
            clients.staffAdmin,
            { kind: 'BILL_OF_LADING', title: 'Lost', shipmentId: toGlobalId('Shipment', 999999) },
            pdf,
          ),
          404,
          'NOT_FOUND',
        ],
        [
          'no target',
          upload(clients.staffAdmin, { kind: 'OTHER', title: 'Nowhere' }, pdf),
          400,
          'INVALID_TARGET',
        ],
        [
          'generated kind',
          upload(clients.staffAdmin, { kind: 'INVOICE', title: 'Fake invoice', productId: cup }, pdf),
          400,
          'INVALID_KIND',
        ],
        [
          'no title',
          upload(clients.staffAdmin, { kind: 'OTHER', productId: cup }, pdf),
          400,
          'INVALID_TITLE',
        ],
        [
          'empty',
          upload(clients.staffAdmin, { kind: 'OTHER', title: 'Empty', productId: cup }, new Uint8Array(0)),
          400,
          'EMPTY_BODY',
        ],
        [
          'no CSRF header',
          upload(clients.staffAdmin, { kind: 'OTHER', title: 'Forged', productId: cup }, pdf, {
            'x-portal-upload': '',
          }),
          400,
          'CSRF_HEADER_MISSING',
        ],
        [
          'customer',
          upload(clients.admin, { kind: 'OTHER', title: 'Mine', productId: cup }, pdf),
          403,
          'FORBIDDEN',
        ],
        [
          'sales (no CATALOG_MANAGE)',
          upload(clients.sales, { kind: 'OTHER', title: 'Mine', productId: cup }, pdf),
          403,
          'FORBIDDEN',
        ],
        [
          'signed out',
          upload(null, { kind: 'OTHER', title: 'Anon', productId: cup }, pdf),
          401,
          'UNAUTHENTICATED',
        ],
      ];
      for (const [name, request, status, code] of cases) {
        const res = await request;
        expect(res.status, name).toBe(status);
        expect(
          ((await res.json()) as { error: { code: string; message: string } }).error,
          name,
        ).toMatchObject({ code, message: expect.any(String) });
      }
      expect(await ds().getRepository(Document).count()).toBe(rowsBefore);
      expect(storedFiles()).toBe(filesBefore);
    });
  });

  it('creates the documents of a page of orders lazily, without rendering, in a flat number of statements', async () => {
    const { acme } = portal.fixture;
    const list = `{ orders(first: 50) { edges { node { number documents { id kind } } } } }`;
    const addOrders = async (n: number) => {
      for (let i = 0; i < n; i++)
        await ship(
          await placeOrder(acme.users.BUYER, OrderStatus.SALES_ORDER, [['CUP-12', '1', 'cs', '10.56']]),
        );
    };
    await addOrders(3);
    const few = await counter.count(() => clients.admin.request(list));
    expect(few.result.errors).toBeUndefined();
    await addOrders(12);
    const many = await counter.count(() => clients.admin.request(list));
    expect(many.result.errors).toBeUndefined();
    const nodes = many.result.data?.orders.edges.map(
      (e: { node: { documents: DocumentJson[] } }) => e.node,
    ) as { number: string; documents: DocumentJson[] }[];
    expect(nodes.length).toBeGreaterThanOrEqual(18);
    expect(many.count).toBe(few.count);
    const repeat = await counter.count(() => clients.admin.request(list));
    expect(repeat.count).toBeLessThanOrEqual(many.count);
    // Rows only: nothing is rendered until someone downloads it.
    const latest = nodes.find((n) => n.number === `SO-9${String(sequence).padStart(5, '0')}`)!;
    expect(latest.documents.map((d) => d.kind).sort()).toEqual(['DELIVERY_SLIP', 'ORDER_CONFIRMATION']);
    const pending = await ds().getRepository(Document).countBy({ sha256: '' });
    expect(pending).toBeGreaterThanOrEqual(30);

    // Invoice.document on a page of invoices: the same.
    const invoices = `{ invoices(first: 50) { edges { node { number document { id kind } } } } }`;
    const addInvoices = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await saveInvoice(
          {
            number: `INV-95${String(sequence++).padStart(4, '0')}`,
            issuedOn: '2026-11-20',
            dueOn: '2026-12-20',
            subtotal: '10.00',
            taxTotal: '0',
            total: '10.00',
          },
          [['Paper cup 12 oz', '1', '10.00']],
        );
      }
    };
    await addInvoices(2);
    const fewInvoices = await counter.count(() => clients.admin.request(invoices));
    expect(fewInvoices.result.errors).toBeUndefined();
    await addInvoices(10);
    const manyInvoices = await counter.count(() => clients.admin.request(invoices));
    const invoiceNodes = manyInvoices.result.data?.invoices.edges.map(
      (e: { node: { number: string; document: DocumentJson | null } }) => e.node,
    ) as { number: string; document: DocumentJson | null }[];
    expect(invoiceNodes.filter((n) => n.document?.kind === 'INVOICE').length).toBeGreaterThanOrEqual(12);
    expect(invoiceNodes.find((n) => n.number === 'DRAFT-900001')?.document ?? null).toBeNull();
    expect(manyInvoices.count).toBe(fewInvoices.count);
  });
});
