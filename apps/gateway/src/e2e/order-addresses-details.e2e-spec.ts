import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import type { GraphQLClient } from '../testing/graphql-client';
import { seedOrderFixture } from '../testing/order-fixture';
import { pdfAllText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const ADDRESS = 'id label formatted isDefaultShipping isDefaultBilling';
const ORDER = `id number status purchaseOrderNumber notes requestedDeliveryDate shippingAddress { label formatted }
  documents { kind title url }`;
const SAVE_COMPANY = `mutation($input: SaveCompanyInput!) { saveCompany(input: $input) {
  company { requiresPurchaseOrderNumber addresses { ${ADDRESS} } } userErrors { field code message } } }`;
const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) {
  order { ${ORDER} } userErrors { field code message } } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) {
  order { ${ORDER} } userErrors { field code message } } }`;
const REORDER = `mutation($input: ReorderInput!) { reorder(input: $input) { order { ${ORDER} } userErrors { code message } } }`;
const SUBMIT_RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id } userErrors { message } } }`;
const SEND_QUOTE = `mutation($input: SendQuoteInput!) { sendQuote(input: $input) { order { ${ORDER} } userErrors { message } } }`;
const ACCEPT = `mutation($input: AcceptQuoteInput!) { acceptQuote(input: $input) {
  order { ${ORDER} } userErrors { field code message } } }`;
const DOCUMENTS = `query($id: ID!) { order(id: $id) { documents { kind title url } } }`;

describe.each(testEngines())('ship-to addresses and the details a submit carries on %s', (engine) => {
  let portal: TestPortal;
  let staff: GraphQLClient;
  let buyer: GraphQLClient;
  let sales: GraphQLClient;
  let acmeId: string;
  let keys = 0;
  const key = () => `details-${engine}-${++keys}`;
  const address = (label: string, line1: string, city: string, region: string, postalCode: string) => ({
    label,
    line1,
    city,
    region,
    postalCode,
    countryCode: 'US',
  });
  const billing = address('Billing office', '1 Main Street', 'Springfield', 'IL', '62701');
  const dock = address('Dock 4', '500 Harbor Road', 'San Francisco', 'CA', '94102');
  const annex = address('Annex', '9 Side Street', 'Oakland', 'CA', '94607');
  const download = async (client: GraphQLClient, url: string): Promise<Buffer> => {
    const res = await fetch(`${portal.url}${url}`, { headers: { cookie: client.sessionCookie ?? '' } });
    expect(res.status, url).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const draft = async (input: Record<string, unknown> = {}) => {
    const res = await buyer.request(CREATE, {
      input: { lines: [{ sku: 'SOLV-55', quantity: '110' }], ...input },
    });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    return res.data?.createDraftOrder.order;
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    [staff, buyer, sales] = await Promise.all([
      portal.signedIn('admin@seller.example'),
      portal.signedIn('buyer@acme.example'),
      portal.signedIn('sales@seller.example'),
    ]);
    acmeId = toGlobalId('Company', portal.fixture.acme.company.id);
    const saved = await staff.request(SAVE_COMPANY, {
      input: {
        companyId: acmeId,
        addresses: [{ ...billing, isDefaultBilling: true }, { ...dock, isDefaultShipping: true }, annex],
      },
    });
    expect(saved.data?.saveCompany.userErrors).toEqual([]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('keeps one default shipping and one default billing address, printed in the US format', async () => {
    const res = await staff.request(SAVE_COMPANY, {
      input: {
        companyId: acmeId,
        addresses: [
          { ...billing, isDefaultShipping: true },
          { ...dock, isDefaultShipping: true },
        ],
      },
    });
    expect(res.data?.saveCompany.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'addresses', '1', 'isDefaultShipping'],
        message: 'Only one address is the default shipping address.',
      },
    ]);
    const company = await buyer.request(`query { viewer { company { addresses { ${ADDRESS} } } } }`);
    expect(
      company.data?.viewer.company.addresses.map((a: any) => [
        a.label,
        a.formatted,
        a.isDefaultShipping,
        a.isDefaultBilling,
      ]),
    ).toEqual([
      ['Billing office', ['1 Main Street', 'Springfield, IL 62701', 'United States'], false, true],
      ['Dock 4', ['500 Harbor Road', 'San Francisco, CA 94102', 'United States'], true, false],
      ['Annex', ['9 Side Street', 'Oakland, CA 94607', 'United States'], false, false],
    ]);
  });

  it('starts a draft at the default shipping address, not the first one', async () => {
    const order = await draft();
    expect(order.shippingAddress).toEqual({
      label: 'Dock 4',
      formatted: ['500 Harbor Road', 'San Francisco, CA 94102', 'United States'],
    });
  });

  it('places the order with the PO number, notes, date and ship-to typed in the cart, without saving them first', async () => {
    const order = await draft();
    const annexId = (
      await buyer.request(`query { viewer { company { addresses { id label } } } }`)
    ).data?.viewer.company.addresses.find((a: any) => a.label === 'Annex').id;
    const res = await buyer.request(SUBMIT, {
      input: {
        orderId: order.id,
        idempotencyKey: key(),
        purchaseOrderNumber: ' PO-TYPED-1 ',
        notes: 'Rear entrance, before 10 am',
        requestedDeliveryDate: '2026-12-15',
        shippingAddressId: annexId,
      },
    });
    expect(res.data?.submitOrder.userErrors).toEqual([]);
    const placed = res.data?.submitOrder.order;
    expect(placed).toMatchObject({
      status: 'SALES_ORDER',
      purchaseOrderNumber: 'PO-TYPED-1',
      notes: 'Rear entrance, before 10 am',
      requestedDeliveryDate: '2026-12-15',
      shippingAddress: { label: 'Annex' },
    });
    // The confirmation bills the billing office and ships to the annex, each as the US writes it.
    const confirmation = placed.documents.find((d: any) => d.kind === 'ORDER_CONFIRMATION');
    const text = await pdfAllText(await download(buyer, confirmation.url));
    expect(text).toContain('Your PO: PO-TYPED-1');
    expect(text).toContain('1 Main Street Springfield, IL 62701 United States');
    expect(text).toContain('9 Side Street Oakland, CA 94607 United States');

    // A bad detail refuses the submit and places nothing.
    const other = await draft();
    const refused = await buyer.request(SUBMIT, {
      input: {
        orderId: other.id,
        idempotencyKey: key(),
        requestedDeliveryDate: '2020-01-01',
        shippingAddressId: toGlobalId('Address', 999999),
      },
    });
    expect(refused.data?.submitOrder.order).toBeNull();
    expect(refused.data?.submitOrder.userErrors.map((e: any) => e.field)).toEqual([
      ['input', 'requestedDeliveryDate'],
      ['input', 'shippingAddressId'],
    ]);

    // A reorder ships where the source order shipped, while that address exists.
    const again = await buyer.request(REORDER, { input: { orderId: placed.id } });
    expect(again.data?.reorder.order.shippingAddress.label).toBe('Annex');
    await staff.request(SAVE_COMPANY, {
      input: {
        companyId: acmeId,
        addresses: [
          { ...billing, isDefaultBilling: true },
          { ...dock, isDefaultShipping: true },
        ],
      },
    });
    const later = await buyer.request(REORDER, { input: { orderId: placed.id } });
    expect(later.data?.reorder.order.shippingAddress.label).toBe('Dock 4');
  });

  it('refuses to place an order without a PO number when the company requires one', async () => {
    const required = await staff.request(SAVE_COMPANY, {
      input: { companyId: acmeId, requiresPurchaseOrderNumber: true },
    });
    expect(required.data?.saveCompany.company.requiresPurchaseOrderNumber).toBe(true);
    try {
      const order = await draft();
      const refused = await buyer.request(SUBMIT, { input: { orderId: order.id, idempotencyKey: key() } });
      expect(refused.data?.submitOrder.userErrors).toEqual([
        {
          code: 'INVALID',
          field: ['input', 'purchaseOrderNumber'],
          message:
            'Acme Restaurant Group places orders with a purchase order number: enter yours before submitting.',
        },
      ]);
      const placed = await buyer.request(SUBMIT, {
        input: { orderId: order.id, idempotencyKey: key(), purchaseOrderNumber: 'PO-REQ-7' },
      });
      expect(placed.data?.submitOrder.order).toMatchObject({
        status: 'SALES_ORDER',
        purchaseOrderNumber: 'PO-REQ-7',
      });
    } finally {
      await staff.request(SAVE_COMPANY, { input: { companyId: acmeId, requiresPurchaseOrderNumber: false } });
    }
  });

  it('ships an accepted quote where the buyer chose, and keeps every quotation revision downloadable', async () => {
    const rfq = await buyer.request(SUBMIT_RFQ, {
      input: {
        title: 'Napkins',
        lines: [{ description: 'Branded napkins', quantity: '5000', targetUnitPrice: '0.05' }],
      },
    });
    const rfqId = rfq.data?.submitRfq.rfq.id;
    const send = (price: string) =>
      sales.request(SEND_QUOTE, {
        input: {
          rfqId,
          validUntil: '2026-12-20',
          lines: [{ description: 'Branded napkins', quantity: '5000', unitPrice: price }],
        },
      });
    const first = (await send('0.0625')).data?.sendQuote.order;
    expect(first.shippingAddress.label).toBe('Dock 4');
    // Revision 2 replaces the lines before anyone downloaded revision 1.
    expect((await send('0.0590')).data?.sendQuote.userErrors).toEqual([]);
    const documents = (await buyer.request(DOCUMENTS, { id: first.id })).data?.order.documents;
    expect(documents.map((d: any) => d.title)).toEqual([
      `Quotation ${first.number} revision 1`,
      `Quotation ${first.number} revision 2`,
    ]);
    const revision1 = await pdfAllText(await download(buyer, documents[0].url));
    expect(revision1).toContain('5,000 ea 0.0625 312.50');
    const revision2 = await pdfAllText(await download(buyer, documents[1].url));
    expect(revision2).toContain('5,000 ea 0.059 295.00');

    const billingId = (
      await buyer.request(`query { viewer { company { addresses { id label } } } }`)
    ).data?.viewer.company.addresses.find((a: any) => a.label === 'Billing office').id;
    const accepted = await buyer.request(ACCEPT, {
      input: {
        orderId: first.id,
        signatureName: 'Ann Buyer',
        revision: 2,
        purchaseOrderNumber: 'PO-Q-1',
        shippingAddressId: billingId,
      },
    });
    expect(accepted.data?.acceptQuote.userErrors).toEqual([]);
    expect(accepted.data?.acceptQuote.order).toMatchObject({
      status: 'SALES_ORDER',
      purchaseOrderNumber: 'PO-Q-1',
      shippingAddress: { label: 'Billing office' },
    });
  });

  it('dates a placed order by its submission in the history filter, a draft by its creation', async () => {
    const order = await draft(); // created on 2026-11-27
    const placed = await portal.clock.during('2026-12-03T10:00:00.000Z', async () => {
      const res = await buyer.request(SUBMIT, {
        input: { orderId: order.id, idempotencyKey: key(), requestedDeliveryDate: '2026-12-20' },
      });
      expect(res.data?.submitOrder.userErrors).toEqual([]);
      return res.data?.submitOrder.order;
    });
    const numbers = async (from: string, to: string) =>
      (
        await buyer.request(
          `query($from: Date, $to: Date) { orders(first: 100, filter: { from: $from, to: $to }) {
          edges { node { number } } } }`,
          { from, to },
        )
      ).data?.orders.edges.map((e: any) => e.node.number);
    expect(await numbers('2026-12-01', '2026-12-31')).toContain(placed.number);
    expect(await numbers('2026-11-01', '2026-11-30')).not.toContain(placed.number);
  });
});
