import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderStatus } from '@portal/domain';
import { toGlobalId } from '../common/node-id';
import { Order } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { invoiceOrder } from '../testing/invoice-fixture';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { pdfAllText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const INCENTIVE_FIELDS = `
  priority portalSaving adjustmentTotal { amount }
  adjustments { kind description percent amount { amount currencyCode } taxRate taxAmount { amount } }
`;
const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD.replace('order {', `order { ${INCENTIVE_FIELDS}`)} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD.replace('order {', `order { ${INCENTIVE_FIELDS}`)} } }`;
const REORDER = `mutation($input: ReorderInput!) { reorder(input: $input) { order { id channel ${INCENTIVE_FIELDS} subtotal { amount } total { amount } } userErrors { code message } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { number ${INCENTIVE_FIELDS} subtotal { amount } taxTotal { amount } total { amount } documents { kind url } } }`;
const SUBMIT_RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id } userErrors { code message } } }`;
const SEND_QUOTE = `mutation($input: SendQuoteInput!) { sendQuote(input: $input) { order { id ${INCENTIVE_FIELDS} total { amount } } userErrors { code message } } }`;
const ACCEPT = `mutation($input: AcceptQuoteInput!) { acceptQuote(input: $input) { order { status ${INCENTIVE_FIELDS} total { amount } } userErrors { code message } } }`;
const SAVE_COMPANY = `mutation($input: SaveCompanyInput!) { saveCompany(input: $input) {
  company { name incentives { portalDiscountPercent phoneOrderSurcharge { amount } priorityHandling } own: incentives(own: true) { portalDiscountPercent priorityHandling } }
  userErrors { field code message }
} }`;
const COMPANY_INCENTIVES = `query { viewer { company { incentives { portalDiscountPercent phoneOrderSurcharge { amount } priorityHandling } } } }`;
const QUEUE = `query { orders(first: 20, filter: { statuses: [SALES_ORDER] }, sort: { key: PRIORITY }) { edges { node { number priority channel } } } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { number subtotal { amount } adjustmentTotal { amount } taxTotal { amount } total { amount }
  adjustments { kind description amount { amount } taxRate taxAmount { amount } } document { url } } }`;

const adjustmentRows = (order: {
  adjustments: { kind: string; amount: { amount: string }; taxAmount: { amount: string } }[];
}) => order.adjustments.map((a) => [a.kind, a.amount.amount, a.taxAmount.amount]);

/**
 * Portal incentives (the article's adoption levers): the seller's default is 1% off portal
 * orders and 10.00 on phone and e-mail orders (configuration); acme also has priority handling,
 * globex its own 2%. Tax is 8.25% (STANDARD). The figures are worked by hand in each test.
 */
describe.each(testEngines())('portal incentives on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let requisitioner: GraphQLClient;
  let sales: GraphQLClient;
  let staffAdmin: GraphQLClient;
  let warehouse: GraphQLClient;
  let accounting: GraphQLClient;
  let globexBuyer: GraphQLClient;
  let acmeAdmin: GraphQLClient;
  let keys = 0;
  const key = () => `incentive-${++keys}`;
  const acmeId = () => toGlobalId('Company', portal.fixture.acme.company.id);
  let portalOrder: { id: string; number: string };
  let phoneOrder: { id: string; number: string };

  const download = async (client: GraphQLClient, url: string) => {
    const res = await fetch(`${portal.url}${url}`, { headers: { cookie: client.sessionCookie ?? '' } });
    expect(res.status, url).toBe(200);
    return pdfAllText(Buffer.from(await res.arrayBuffer()));
  };
  const shipped = (id: string) =>
    portal.runtime.dataSource.getRepository(Order).update({ number: id }, { status: OrderStatus.SHIPPED });

  beforeAll(async () => {
    portal = await startTestPortal(engine, {
      catalog: true,
      env: { PORTAL_ORDER_DISCOUNT_PERCENT: '1', PHONE_ORDER_SURCHARGE: '10' },
    });
    await seedOrderFixture(portal);
    [buyer, requisitioner, sales, staffAdmin, warehouse, accounting, globexBuyer, acmeAdmin] =
      await Promise.all([
        portal.signedIn('buyer@acme.example'),
        portal.signedIn('requisitioner@acme.example'),
        portal.signedIn('sales@seller.example'),
        portal.signedIn('admin@seller.example'),
        portal.signedIn('warehouse@seller.example'),
        portal.signedIn('accounting@seller.example'),
        portal.signedIn('buyer@globex.example'),
        portal.signedIn('admin@acme.example'),
      ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('lets staff set a company’s incentives, checked by the domain; unset ones come from the seller', async () => {
    for (const [field, value] of [
      ['portalDiscountPercent', '101'],
      ['portalDiscountPercent', '-1'],
      ['phoneOrderSurcharge', '1.005'],
    ]) {
      const bad = await staffAdmin.request(SAVE_COMPANY, { input: { companyId: acmeId(), [field!]: value } });
      expect(bad.data?.saveCompany, `${field} ${value}`).toMatchObject({
        company: null,
        userErrors: [{ code: 'INVALID', field: ['input', field] }],
      });
    }

    const res = await staffAdmin.request(SAVE_COMPANY, {
      input: { companyId: acmeId(), priorityHandling: true },
    });
    expect(res.data?.saveCompany.userErrors).toEqual([]);
    expect(res.data?.saveCompany.company).toEqual({
      name: 'Acme Restaurant Group',
      incentives: {
        portalDiscountPercent: '1',
        phoneOrderSurcharge: { amount: '10.00' },
        priorityHandling: true,
      },
      own: { portalDiscountPercent: null, priorityHandling: true },
    });
    const globex = await staffAdmin.request(SAVE_COMPANY, {
      input: {
        companyId: toGlobalId('Company', portal.fixture.globex.company.id),
        portalDiscountPercent: '2',
      },
    });
    expect(globex.data?.saveCompany.company.incentives.portalDiscountPercent).toBe('2');

    // A buyer reads the settings in effect for their company, and may not change them.
    const mine = await buyer.request(COMPANY_INCENTIVES);
    expect(mine.data?.viewer.company.incentives).toEqual({
      portalDiscountPercent: '1',
      phoneOrderSurcharge: { amount: '10.00' },
      priorityHandling: true,
    });
    const forbidden = await buyer.request(SAVE_COMPANY, {
      input: { companyId: acmeId(), portalDiscountPercent: '50' },
    });
    expect(
      forbidden.errors?.[0]?.extensions?.code ?? forbidden.data?.saveCompany.userErrors[0]?.code,
    ).toMatch(/FORBIDDEN/);
  });

  it('gives a portal cart 1% off as its own line, taxed with the goods, and tells the buyer', async () => {
    // 10 × CHEF-KNIFE at acme's Gold tier: 45.00 − 5% = 42.75 → 427.50.
    // Discount 1% of 427.50 = 4.275 → −4.28 (half-up). Tax 8.25%: on the line 35.27 (35.26875);
    // on 423.22 it is 34.92 (34.91565), so the discount takes 0.35 of tax away.
    // Total 427.50 − 4.28 + 34.92 = 458.14.
    const res = await buyer.request(CREATE, { input: { lines: [{ sku: 'CHEF-KNIFE', quantity: '10' }] } });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    const cart = res.data?.createDraftOrder.order;
    expect(cart.channel).toBe('PORTAL');
    expect(cart.subtotal.amount).toBe('427.50');
    expect(adjustmentRows(cart)).toEqual([['PORTAL_ORDER_DISCOUNT', '-4.28', '-0.35']]);
    expect(cart.adjustments[0]).toMatchObject({
      description: 'Portal order discount 1%',
      percent: '1',
      taxRate: '8.25',
    });
    expect(cart.adjustmentTotal.amount).toBe('-4.28');
    expect(cart.taxTotal.amount).toBe('34.92');
    expect(cart.total.amount).toBe('458.14');
    expect(cart.portalSaving).toBe('You save 1% by ordering online');

    // Without PRICES_CONTRACT the adjustments are guarded like the totals.
    const hidden = await requisitioner.request(CREATE, {
      input: { lines: [{ sku: 'CHEF-KNIFE', quantity: '1' }] },
    });
    expect(hidden.data?.createDraftOrder.order).toMatchObject({
      adjustments: null,
      adjustmentTotal: null,
      portalSaving: null,
      total: null,
    });

    const placed = await buyer.request(SUBMIT, { input: { orderId: cart.id, idempotencyKey: key() } });
    expect(placed.data?.submitOrder.userErrors).toEqual([]);
    const order = placed.data?.submitOrder.order;
    expect(order).toMatchObject({ status: 'SALES_ORDER', priority: true, total: { amount: '458.14' } });
    expect(adjustmentRows(order)).toEqual([['PORTAL_ORDER_DISCOUNT', '-4.28', '-0.35']]);
    portalOrder = order;
  });

  it('charges a staff phone order the surcharge, taxed at the standard rate, and does not prioritise it', async () => {
    // Same goods: 427.50; surcharge 10.00 taxed 0.83 (0.825 half-up); tax 35.27 + 0.83 = 36.10.
    // Total 427.50 + 10.00 + 36.10 = 473.60: 15.46 more than the portal order.
    const res = await sales.request(CREATE, {
      input: { companyId: acmeId(), channel: 'PHONE', lines: [{ sku: 'CHEF-KNIFE', quantity: '10' }] },
    });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    const draft = res.data?.createDraftOrder.order;
    expect(adjustmentRows(draft)).toEqual([['CHANNEL_SURCHARGE', '10.00', '0.83']]);
    expect(draft.adjustments[0]).toMatchObject({
      description: 'Phone order surcharge',
      percent: null,
      taxRate: '8.25',
    });
    expect([draft.taxTotal.amount, draft.total.amount, draft.portalSaving]).toEqual([
      '36.10',
      '473.60',
      null,
    ]);
    const placed = await sales.request(SUBMIT, { input: { orderId: draft.id, idempotencyKey: key() } });
    expect(placed.data?.submitOrder.userErrors).toEqual([]);
    expect(placed.data?.submitOrder.order).toMatchObject({ priority: false, total: { amount: '473.60' } });
    phoneOrder = placed.data?.submitOrder.order;
  });

  it('applies the company’s own percent on a reorder, and lists priority orders first for the warehouse', async () => {
    // Globex's own 2%: SOLV-55 at its contract price 3.10/gal × 110 = 341.00; 2% = 6.82. Tax on
    // 341.00 is 28.13 (28.1325), on 334.18 27.57 (27.56985): the discount takes 0.56 away.
    const globexDraft = await globexBuyer.request(CREATE, {
      input: { lines: [{ sku: 'SOLV-55', quantity: '110' }] },
    });
    const draft = globexDraft.data?.createDraftOrder.order;
    expect([draft.subtotal.amount, draft.total.amount]).toEqual(['341.00', '361.75']);
    expect(adjustmentRows(draft)).toEqual([['PORTAL_ORDER_DISCOUNT', '-6.82', '-0.56']]);
    const placed = await globexBuyer.request(SUBMIT, { input: { orderId: draft.id, idempotencyKey: key() } });
    expect(placed.data?.submitOrder.userErrors).toEqual([]);
    expect(placed.data?.submitOrder.order.priority).toBe(false);

    const reorder = await buyer.request(REORDER, { input: { orderId: portalOrder.id } });
    expect(reorder.data?.reorder.userErrors).toEqual([]);
    expect(reorder.data?.reorder.order).toMatchObject({ channel: 'PORTAL', total: { amount: '458.14' } });
    expect(adjustmentRows(reorder.data?.reorder.order)).toEqual([
      ['PORTAL_ORDER_DISCOUNT', '-4.28', '-0.35'],
    ]);

    const queue = await warehouse.request(QUEUE);
    expect(queue.errors).toBeUndefined();
    const nodes = queue.data?.orders.edges.map((e: { node: { number: string; priority: boolean } }) => [
      e.node.number,
      e.node.priority,
    ]);
    expect(nodes[0]).toEqual([portalOrder.number, true]);
    expect(nodes.slice(1).every(([, priority]: [string, boolean]) => !priority)).toBe(true);
    expect(nodes).toHaveLength(3);
  });

  it('gives an accepted quotation the portal discount it was quoted with', async () => {
    // 2,000 × 0.20 = 400.00; 1% = −4.00; tax 33.00 on 400.00, 32.67 on 396.00 (−0.33): 428.67.
    const rfq = await buyer.request(SUBMIT_RFQ, {
      input: {
        title: 'Branded napkins',
        lines: [{ description: 'Custom branded napkins', quantity: '2000' }],
      },
    });
    expect(rfq.data?.submitRfq.userErrors).toEqual([]);
    const sent = await sales.request(SEND_QUOTE, {
      input: {
        rfqId: rfq.data?.submitRfq.rfq.id,
        validUntil: null,
        lines: [{ description: 'Custom branded napkins', quantity: '2000', unitPrice: '0.20' }],
      },
    });
    expect(sent.data?.sendQuote.userErrors).toEqual([]);
    const quotation = sent.data?.sendQuote.order;
    expect(adjustmentRows(quotation)).toEqual([['PORTAL_ORDER_DISCOUNT', '-4.00', '-0.33']]);
    expect(quotation.total.amount).toBe('428.67');
    const accepted = await buyer.request(ACCEPT, {
      input: { orderId: quotation.id, signatureName: 'Acme Buyer' },
    });
    expect(accepted.data?.acceptQuote.userErrors).toEqual([]);
    expect(accepted.data?.acceptQuote.order).toMatchObject({
      status: 'SALES_ORDER',
      priority: true,
      total: { amount: '428.67' },
    });
    expect(adjustmentRows(accepted.data?.acceptQuote.order)).toEqual([
      ['PORTAL_ORDER_DISCOUNT', '-4.00', '-0.33'],
    ]);
  });

  it('prints the adjustments on the order confirmation and carries them to the invoice and its PDF', async () => {
    const confirmation = await buyer.request(ORDER, { id: portalOrder.id });
    const doc = confirmation.data?.order.documents.find(
      (d: { kind: string }) => d.kind === 'ORDER_CONFIRMATION',
    );
    const text = await download(buyer, doc.url);
    expect(text).toContain('Subtotal 427.50 Portal order discount 1% -4.28 Tax 34.92 Total USD 458.14 USD');

    for (const order of [portalOrder, phoneOrder]) await shipped(order.number);
    const portalInvoice = await invoiceOrder(accounting, portalOrder.id, { issuedOn: '2026-11-27' });
    const phoneInvoice = await invoiceOrder(accounting, phoneOrder.id, { issuedOn: '2026-11-27' });
    expect([portalInvoice.userErrors, phoneInvoice.userErrors]).toEqual([[], []]);

    // The phone order is the seller's: acme's admin reads the company's invoices.
    const read = async (id: string) => (await acmeAdmin.request(INVOICE, { id })).data?.invoice;
    const portalInv = await read(portalInvoice.invoice.id);
    expect(portalInv).toMatchObject({
      subtotal: { amount: '427.50' },
      adjustmentTotal: { amount: '-4.28' },
      taxTotal: { amount: '34.92' },
      total: { amount: '458.14' },
      adjustments: [
        {
          kind: 'PORTAL_ORDER_DISCOUNT',
          description: 'Portal order discount 1%',
          amount: { amount: '-4.28' },
          taxAmount: { amount: '-0.35' },
        },
      ],
    });
    const phoneInv = await read(phoneInvoice.invoice.id);
    expect(phoneInv).toMatchObject({
      adjustmentTotal: { amount: '10.00' },
      taxTotal: { amount: '36.10' },
      total: { amount: '473.60' },
      adjustments: [
        {
          kind: 'CHANNEL_SURCHARGE',
          amount: { amount: '10.00' },
          taxRate: '8.25',
          taxAmount: { amount: '0.83' },
        },
      ],
    });
    const phonePdf = await download(acmeAdmin, phoneInv.document.url);
    expect(phonePdf).toContain('Subtotal 427.50 Phone order surcharge 10.00 Tax 36.10 Total USD 473.60 USD');
    const portalPdf = await download(acmeAdmin, portalInv.document.url);
    expect(portalPdf).toContain('Portal order discount 1% -4.28');
  });
});
