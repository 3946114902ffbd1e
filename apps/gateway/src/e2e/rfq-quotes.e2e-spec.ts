import { Role } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { AuditLog, Order, OrderEvent, OrderLine, Rfq, RfqLine, UnitOfMeasure, User } from '../entity';
import { quoteContentHash } from '../service/quotes/quote-lines';
import type { GraphQLClient } from '../testing/graphql-client';
import { StatementCounter } from '../testing/statement-counter';
import { ensureStandardTaxRate, seedOrderFixture } from '../testing/order-fixture';
import { TEST_NOW, startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const RFQ_FIELDS = `
  id number title status neededBy createdAt
  company { name } requestedBy { email }
  lines { id description quantity unit { symbol } product { sku } targetUnitPrice { amount currencyCode } }
  messages { body author { name } }
  quotation { id number status }
`;
const RFQ_PAYLOAD = `rfq { ${RFQ_FIELDS} } userErrors { field message code }`;
const QUOTE_FIELDS = `
  id number status channel purchaseOrderNumber
  createdBy { email }
  quote { revision validUntil sentAt acceptedAt signedByName }
  rfq { number status }
  lines { sku description quantity baseQuantity unit { symbol } unitPrice { amount } lineTotal { amount } }
  subtotal { amount currencyCode } taxTotal { amount } total { amount }
  events { status message actor { name } }
  availableActions
`;
const ORDER_PAYLOAD = `order { ${QUOTE_FIELDS} } userErrors { field message code }`;

const SUBMIT_RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { ${RFQ_PAYLOAD} } }`;
const POST_MESSAGE = `mutation($input: RfqMessageInput!) { postRfqMessage(input: $input) { ${RFQ_PAYLOAD} } }`;
const RFQS = `query($statuses: [RfqStatus!]) { rfqs(first: 10, statuses: $statuses) { totalCount edges { node { number status } } } }`;
const RFQ = `query($id: ID!) { rfq(id: $id) { ${RFQ_FIELDS} } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Rfq { number } } }`;
const SEND_QUOTE = `mutation($input: SendQuoteInput!) { sendQuote(input: $input) { ${ORDER_PAYLOAD} } }`;
const ACCEPT = `mutation($input: AcceptQuoteInput!) { acceptQuote(input: $input) { ${ORDER_PAYLOAD} } }`;
const REQUEST_CHANGES = `mutation($input: QuoteResponseInput!) { requestQuoteChanges(input: $input) { ${ORDER_PAYLOAD} } }`;
const DECLINE = `mutation($input: QuoteResponseInput!) { declineQuote(input: $input) { ${ORDER_PAYLOAD} } }`;

describe.each(testEngines())('RFQs and quotes on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let admin: GraphQLClient;
  let viewer: GraphQLClient;
  let requisitioner: GraphQLClient;
  let globexBuyer: GraphQLClient;
  let sales: GraphQLClient;
  let warehouse: GraphQLClient;
  let rfqId: string;
  let quotationId: string;

  const pid = (sku: keyof TestPortal['catalog']['products']) =>
    toGlobalId('Product', portal.catalog.products[sku].id);
  const uid = (symbol: keyof TestPortal['catalog']['units']) =>
    toGlobalId('UnitOfMeasure', portal.catalog.units[symbol].id);
  const counts = async () => ({
    rfqs: await portal.runtime.dataSource.getRepository(Rfq).count(),
    rfqLines: await portal.runtime.dataSource.getRepository(RfqLine).count(),
    orders: await portal.runtime.dataSource.getRepository(Order).count(),
    lines: await portal.runtime.dataSource.getRepository(OrderLine).count(),
    events: await portal.runtime.dataSource.getRepository(OrderEvent).count(),
  });
  const orderRow = (globalId: string) =>
    portal.runtime.dataSource
      .getRepository(Order)
      .findOneByOrFail({ id: Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]) });
  const newRfq = async (title: string) => {
    const res = await buyer.request(SUBMIT_RFQ, {
      input: {
        title,
        lines: [{ description: 'Custom branded napkins', quantity: '2000', targetUnitPrice: '0.05' }],
      },
    });
    expect(res.data?.submitRfq.userErrors).toEqual([]);
    return res.data?.submitRfq.rfq.id as string;
  };
  const quote = async (forRfq: string, validUntil: string | null, price = '0.06') => {
    const res = await sales.request(SEND_QUOTE, {
      input: {
        rfqId: forRfq,
        validUntil,
        lines: [{ description: 'Custom branded napkins', quantity: '2000', unitPrice: price }],
      },
    });
    expect(res.data?.sendQuote.userErrors).toEqual([]);
    return res.data?.sendQuote.order;
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    [buyer, admin, viewer, requisitioner, globexBuyer, sales, warehouse] = await Promise.all([
      portal.signedIn('buyer@acme.example'),
      portal.signedIn('admin@acme.example'),
      portal.signedIn('viewer@acme.example'),
      portal.signedIn('requisitioner@acme.example'),
      portal.signedIn('buyer@globex.example'),
      portal.signedIn('sales@seller.example'),
      portal.signedIn('warehouse@seller.example'),
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('lets a buyer submit an RFQ of catalog and free-text lines, numbered from the rfq sequence, notes as its first message', async () => {
    const res = await buyer.request(SUBMIT_RFQ, {
      input: {
        title: 'Solvent and printed sleeves for Q1',
        neededBy: '2026-12-20',
        notes: 'We need the sleeves printed with our logo.',
        lines: [
          {
            productId: pid('SOLV-55'),
            description: '',
            quantity: '110',
            unitId: uid('gal'),
            targetUnitPrice: '3.00',
          },
          { description: 'Custom-printed cup sleeves', quantity: '5000', targetUnitPrice: '0.12' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitRfq.userErrors).toEqual([]);
    const rfq = res.data?.submitRfq.rfq;
    rfqId = rfq.id;
    expect(rfq).toMatchObject({
      number: 'RFQ-000001',
      title: 'Solvent and printed sleeves for Q1',
      status: 'SUBMITTED',
      neededBy: '2026-12-20',
      company: { name: 'Acme Restaurant Group' },
      requestedBy: { email: 'buyer@acme.example' },
      messages: [{ body: 'We need the sleeves printed with our logo.', author: { name: 'Acme Buyer' } }],
      quotation: null,
    });
    expect(rfq.lines).toEqual([
      {
        id: expect.any(String),
        description: 'Industrial solvent',
        quantity: '110',
        unit: { symbol: 'gal' },
        product: { sku: 'SOLV-55' },
        targetUnitPrice: { amount: '3.00', currencyCode: 'USD' },
      },
      {
        id: expect.any(String),
        description: 'Custom-printed cup sleeves',
        quantity: '5000',
        unit: { symbol: 'ea' },
        product: null,
        targetUnitPrice: { amount: '0.12', currencyCode: 'USD' },
      },
    ]);
    const audit = await portal.runtime.dataSource
      .getRepository(AuditLog)
      .findOneBy({ entityType: 'Rfq', action: 'submit' });
    expect(audit).toMatchObject({
      actorId: portal.fixture.acme.users.BUYER.id,
      companyId: portal.fixture.acme.company.id,
    });
  });

  it('refuses bad lines with a code and the input path, writing nothing', async () => {
    const before = await counts();
    const res = await buyer.request(SUBMIT_RFQ, {
      input: {
        title: '  ',
        neededBy: '2026-11-01',
        lines: [
          { productId: pid('CUP-12'), description: '', quantity: '10', unitId: uid('gal') },
          { productId: pid('OLD-TRAY'), description: '', quantity: '1' },
          { productId: pid('GLOVE-NIT'), description: '', quantity: '1' },
          { description: 'Something', quantity: '0' },
          { description: 'Something', quantity: '1.12345' },
          { description: '', quantity: '1' },
          { description: 'Priced', quantity: '1', targetUnitPrice: '-2' },
        ],
      },
    });
    const errors = res.data?.submitRfq.userErrors as { field: string[]; code: string }[];
    expect(res.data?.submitRfq.rfq).toBeNull();
    const byField = Object.fromEntries(errors.map((e) => [e.field.join('.'), e.code]));
    expect(byField).toMatchObject({
      'input.title': 'INVALID',
      'input.neededBy': 'INVALID',
      'input.lines.0.unitId': 'UNIT_NOT_ALLOWED',
      'input.lines.1.productId': 'NOT_IN_CATALOG',
      'input.lines.2.productId': 'NOT_IN_CATALOG',
      'input.lines.3.quantity': 'INVALID',
      'input.lines.4.quantity': 'INVALID',
      'input.lines.5.description': 'INVALID',
      'input.lines.6.targetUnitPrice': 'INVALID',
    });
    expect(await counts()).toEqual(before);

    // A product only acme may see is "not in the catalog" for globex.
    const foreign = await globexBuyer.request(SUBMIT_RFQ, {
      input: { title: 'Knives', lines: [{ productId: pid('CHEF-KNIFE'), description: '', quantity: '2' }] },
    });
    expect(foreign.data?.submitRfq.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_IN_CATALOG', field: ['input', 'lines', '0', 'productId'] }),
    ]);
    // Non-numeric quantities never reach the service.
    const nonNumeric = await buyer.request(SUBMIT_RFQ, {
      input: { title: 'x', lines: [{ description: 'x', quantity: 'ten' }] },
    });
    expect(nonNumeric.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Roles without RFQ_SUBMIT.
    for (const client of [viewer, requisitioner, sales]) {
      const denied = await client.request(SUBMIT_RFQ, {
        input: { title: 'x', lines: [{ description: 'x', quantity: '1' }] },
      });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });

  it("scopes RFQs to the buyer's company; staff with QUOTES_MANAGE see every company's", async () => {
    expect((await buyer.request(RFQS)).data?.rfqs).toMatchObject({
      totalCount: 1,
      edges: [{ node: { number: 'RFQ-000001', status: 'SUBMITTED' } }],
    });
    expect((await admin.request(RFQS)).data?.rfqs.totalCount).toBe(1);
    expect((await sales.request(RFQS)).data?.rfqs.totalCount).toBe(1);
    expect((await buyer.request(RFQS, { statuses: ['QUOTED'] })).data?.rfqs.totalCount).toBe(0);
    expect((await globexBuyer.request(RFQS)).data?.rfqs).toMatchObject({ totalCount: 0, edges: [] });
    expect((await globexBuyer.request(RFQ, { id: rfqId })).data?.rfq).toBeNull();
    expect((await globexBuyer.request(NODE, { id: rfqId })).data?.node).toBeNull();
    expect((await buyer.request(NODE, { id: rfqId })).data?.node).toEqual({
      id: rfqId,
      number: 'RFQ-000001',
    });
    expect((await requisitioner.request(RFQS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await viewer.request(RFQS)).data?.rfqs.totalCount).toBe(1);
    // Like orders: a buyer reads the RFQs they asked for, not a colleague's.
    const { passwordHash, companyId } = portal.fixture.acme.users.BUYER;
    await portal.runtime.dataSource.getRepository(User).insert({
      email: 'buyer2@acme.example',
      name: 'Second Buyer',
      role: Role.BUYER,
      status: 'ACTIVE',
      companyId,
      passwordHash,
      lastLoginAt: null,
      createdAt: portal.clock.now(),
      updatedAt: portal.clock.now(),
    });
    const colleague = await portal.signedIn('buyer2@acme.example');
    expect((await colleague.request(RFQS)).data?.rfqs).toMatchObject({ totalCount: 0, edges: [] });
    expect((await colleague.request(RFQ, { id: rfqId })).data?.rfq).toBeNull();
  });

  it("shows sales the customer's contract price for a product beside the quote; buyers never read it", async () => {
    const CONTRACT = `query($id: ID!, $productId: ID!, $quantity: Decimal!) { rfq(id: $id) {
      contractPrice(productId: $productId, quantity: $quantity) { inCatalog unitPrice { amount currencyCode } unit { symbol } } } }`;
    const priced = await sales.request(CONTRACT, { id: rfqId, productId: pid('SOLV-55'), quantity: '110' });
    expect(priced.errors).toBeUndefined();
    // Acme's contract price at 110 gal, as its own cart prices it.
    expect(priced.data?.rfq.contractPrice).toEqual({
      inCatalog: true,
      unitPrice: { amount: '3.52', currencyCode: 'USD' },
      unit: { symbol: 'gal' },
    });
    const denied = await buyer.request(CONTRACT, { id: rfqId, productId: pid('SOLV-55'), quantity: '110' });
    expect(denied.data?.rfq.contractPrice).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('carries a conversation between the buyer side and sales; others cannot write', async () => {
    const mine = await buyer.request(POST_MESSAGE, {
      input: { rfqId, body: 'Could you also quote 220 gal?' },
    });
    expect(mine.data?.postRfqMessage.userErrors).toEqual([]);
    const reply = await sales.request(POST_MESSAGE, { input: { rfqId, body: 'Yes, quote coming today.' } });
    expect(
      reply.data?.postRfqMessage.rfq.messages.map((m: { author: { name: string } }) => m.author.name),
    ).toEqual(['Acme Buyer', 'Acme Buyer', 'Seller sales']);
    // Customers read the seller's team by name only: e-mail, role, status and last sign-in are FORBIDDEN.
    const staffAuthor = await buyer.request(
      'query($id: ID!) { rfq(id: $id) { messages { author { name lastLoginAt } } } }',
      { id: rfqId },
    );
    expect(staffAuthor.data?.rfq.messages.at(-1).author).toEqual({ name: 'Seller sales', lastLoginAt: null });
    expect(staffAuthor.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    for (const field of ['email', 'role', 'status']) {
      const res = await buyer.request(
        `query($id: ID!) { rfq(id: $id) { messages { author { name ${field} } } } }`,
        {
          id: rfqId,
        },
      );
      expect(res.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message, field).toBe("Customers read the seller's team by name only.");
    }
    const colleague = await sales.request(
      'query($id: ID!) { rfq(id: $id) { messages { author { email role } } } }',
      { id: rfqId },
    );
    expect(colleague.data?.rfq.messages.at(-1).author).toEqual({
      email: 'sales@seller.example',
      role: 'SALES',
    });
    const foreign = await globexBuyer.request(POST_MESSAGE, { input: { rfqId, body: 'hello' } });
    expect(foreign.data?.postRfqMessage).toEqual({
      rfq: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'rfqId'] })],
    });
    expect(
      (await warehouse.request(POST_MESSAGE, { input: { rfqId, body: 'hi' } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const empty = await buyer.request(POST_MESSAGE, { input: { rfqId, body: '   ' } });
    expect(empty.data?.postRfqMessage.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'body'] }),
    ]);
  });

  it('lets sales quote the RFQ, holding the quantity rules on catalog lines, and e-mails the requester', async () => {
    const before = await counts();
    const bad = await sales.request(SEND_QUOTE, {
      input: {
        rfqId,
        validUntil: '2026-12-10',
        lines: [
          {
            productId: pid('SOLV-55'),
            description: 'Solvent',
            quantity: '100',
            unitId: uid('gal'),
            unitPrice: '3.40',
          },
          { productId: pid('CUP-12'), description: 'Cups', quantity: '2', unitId: uid('L'), unitPrice: '9' },
          { description: 'Custom-printed cup sleeves', quantity: '5000', unitPrice: '0' },
          { description: 'Sleeves', quantity: '5000', unitPrice: '0.123456' },
        ],
      },
    });
    expect(bad.data?.sendQuote.order).toBeNull();
    expect(bad.data?.sendQuote.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'NOT_A_MULTIPLE', field: ['input', 'lines', '0', 'quantity'] }),
        expect.objectContaining({ code: 'UNIT_NOT_ALLOWED', field: ['input', 'lines', '1', 'unitId'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'lines', '2', 'unitPrice'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'lines', '3', 'unitPrice'] }),
      ]),
    );
    expect(await counts()).toEqual(before);
    expect(
      (await buyer.request(SEND_QUOTE, { input: { rfqId, lines: [] } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await warehouse.request(SEND_QUOTE, { input: { rfqId, lines: [] } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const res = await sales.request(SEND_QUOTE, {
      input: {
        rfqId,
        validUntil: '2026-12-10',
        message: 'Prices include printing.',
        lines: [
          {
            productId: pid('SOLV-55'),
            description: '',
            quantity: '110',
            unitId: uid('gal'),
            unitPrice: '3.40',
          },
          { description: 'Custom-printed cup sleeves', quantity: '5000', unitPrice: '0.11' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.sendQuote.userErrors).toEqual([]);
    const order = res.data?.sendQuote.order;
    quotationId = order.id;
    expect(order).toMatchObject({
      status: 'QUOTATION',
      channel: 'PORTAL',
      createdBy: { email: 'buyer@acme.example' },
      quote: {
        revision: 1,
        validUntil: '2026-12-10',
        sentAt: TEST_NOW,
        acceptedAt: null,
        signedByName: null,
      },
      rfq: { number: 'RFQ-000001', status: 'QUOTED' },
      subtotal: { amount: '924.00', currencyCode: 'USD' },
    });
    expect(order.number).toMatch(/^SO-\d{6}$/);
    expect(order.lines).toEqual([
      expect.objectContaining({
        sku: 'SOLV-55',
        description: 'Industrial solvent',
        quantity: '110',
        baseQuantity: '110',
        unit: { symbol: 'gal' },
        unitPrice: { amount: '3.40' },
        lineTotal: { amount: '374.00' },
      }),
      expect.objectContaining({
        sku: '',
        description: 'Custom-printed cup sleeves',
        quantity: '5000',
        unit: { symbol: 'ea' },
        unitPrice: { amount: '0.11' },
        lineTotal: { amount: '550.00' },
      }),
    ]);
    // 8.25 % per line: 30.86 + 45.38.
    expect(order.taxTotal).toEqual({ amount: '76.24' });
    expect(order.total).toEqual({ amount: '1000.24' });
    expect(order.events.at(-1)).toEqual({
      status: 'QUOTATION',
      message: 'Quotation revision 1 sent, valid until 2026-12-10: Prices include printing.',
      actor: { name: 'Seller sales' },
    });

    const mail = portal.mailer.lastTo('buyer@acme.example');
    expect(mail?.subject).toBe(`Quotation ${order.number} for RFQ-000001`);
    expect(mail?.text).toContain('1,000.24');
    expect(mail?.text).toContain('valid until 2026-12-10');

    const rfq = (await buyer.request(RFQ, { id: rfqId })).data?.rfq;
    expect(rfq).toMatchObject({ status: 'QUOTED', quotation: { id: quotationId, status: 'QUOTATION' } });
    expect(rfq.messages.at(-1)).toEqual({
      body: 'Prices include printing.',
      author: { name: 'Seller sales' },
    });
    // The requester sees what they may do; a viewer sees nothing to do.
    const actions = (
      await buyer.request(`query($id: ID!) { order(id: $id) { availableActions } }`, { id: quotationId })
    ).data?.order.availableActions;
    expect(actions).toEqual(expect.arrayContaining(['ACCEPT_QUOTE', 'REQUEST_CHANGES', 'DECLINE_QUOTE']));
  });

  it('lets the buyer ask for changes, and sales revise the quote (revision + 1, lines replaced)', async () => {
    const denied = await globexBuyer.request(REQUEST_CHANGES, {
      input: { orderId: quotationId, message: 'cheaper please' },
    });
    expect(denied.data?.requestQuoteChanges.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'orderId'] }),
    ]);
    expect(
      (await viewer.request(REQUEST_CHANGES, { input: { orderId: quotationId, message: 'x' } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');

    const res = await buyer.request(REQUEST_CHANGES, {
      input: { orderId: quotationId, message: 'Please quote 165 gal of solvent only.' },
    });
    expect(res.data?.requestQuoteChanges.userErrors).toEqual([]);
    expect(res.data?.requestQuoteChanges.order).toMatchObject({
      status: 'QUOTATION',
      rfq: { status: 'CHANGES_REQUESTED' },
    });
    expect(res.data?.requestQuoteChanges.order.events.at(-1)).toMatchObject({
      status: 'QUOTATION',
      message: 'Changes requested: Please quote 165 gal of solvent only.',
    });
    expect(portal.mailer.lastTo('sales@seller.example')?.subject).toContain('asks for changes to quote');

    const revised = await sales.request(SEND_QUOTE, {
      input: {
        rfqId,
        validUntil: '2026-12-15',
        lines: [
          {
            productId: pid('SOLV-55'),
            description: '',
            quantity: '165',
            unitId: uid('gal'),
            unitPrice: '3.30',
          },
        ],
      },
    });
    expect(revised.data?.sendQuote.userErrors).toEqual([]);
    const order = revised.data?.sendQuote.order;
    expect(order).toMatchObject({
      id: quotationId,
      status: 'QUOTATION',
      quote: { revision: 2, validUntil: '2026-12-15' },
      rfq: { status: 'QUOTED' },
      subtotal: { amount: '544.50' },
    });
    expect(order.lines).toHaveLength(1);
    expect(portal.mailer.lastTo('buyer@acme.example')?.subject).toBe(
      `Quotation ${order.number} (revision 2) for RFQ-000001`,
    );
  });

  it('accepts with a typed signature: name, time and a SHA-256 of the quoted content are stored and the quote is frozen', async () => {
    const blank = await buyer.request(ACCEPT, { input: { orderId: quotationId, signatureName: '  ' } });
    expect(blank.data?.acceptQuote.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'signatureName'] }),
    ]);
    const stale = await buyer.request(ACCEPT, {
      input: { orderId: quotationId, signatureName: 'Acme Buyer', revision: 1 },
    });
    expect(stale.data?.acceptQuote.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'revision'] }),
    ]);
    expect(
      (await globexBuyer.request(ACCEPT, { input: { orderId: quotationId, signatureName: 'Mallory' } })).data
        ?.acceptQuote.userErrors[0].code,
    ).toBe('NOT_FOUND');
    expect(
      (await requisitioner.request(ACCEPT, { input: { orderId: quotationId, signatureName: 'Req' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await orderRow(quotationId)).status).toBe('QUOTATION');

    const res = await buyer.request(ACCEPT, {
      input: {
        orderId: quotationId,
        signatureName: 'Acme  Buyer',
        purchaseOrderNumber: 'PO-7788',
        revision: 2,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptQuote.userErrors).toEqual([]);
    expect(res.data?.acceptQuote.order).toMatchObject({
      status: 'SALES_ORDER',
      purchaseOrderNumber: 'PO-7788',
      quote: { revision: 2, acceptedAt: TEST_NOW, signedByName: 'Acme Buyer' },
      rfq: { status: 'ACCEPTED' },
    });
    expect(res.data?.acceptQuote.order.events.at(-1)).toMatchObject({
      status: 'SALES_ORDER',
      message: 'Quote revision 2 accepted and signed by Acme Buyer',
      actor: { name: 'Acme Buyer' },
    });

    const stored = await orderRow(quotationId);
    const lines = await portal.runtime.dataSource
      .getRepository(OrderLine)
      .find({ where: { orderId: stored.id } });
    const units = await portal.runtime.dataSource.getRepository(UnitOfMeasure).find();
    expect(stored.quoteContentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.quoteContentHash).toBe(
      quoteContentHash(stored, lines, new Map(units.map((u) => [u.id, u.symbol]))),
    );
    expect(stored.submittedAt?.toISOString()).toBe(TEST_NOW);
    const audit = await portal.runtime.dataSource
      .getRepository(AuditLog)
      .find({ where: { entityType: 'Order', entityId: String(stored.id) } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['QUOTE_SENT', 'CHANGES_REQUESTED', 'QUOTE_ACCEPTED']),
    );

    // Frozen: no revision, no second acceptance, by any route.
    const before = await counts();
    const again = await sales.request(SEND_QUOTE, {
      input: { rfqId, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] },
    });
    expect(again.data?.sendQuote.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    const byOrder = await sales.request(SEND_QUOTE, {
      input: { orderId: quotationId, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] },
    });
    expect(byOrder.data?.sendQuote.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'orderId'] }),
    ]);
    const twice = await admin.request(ACCEPT, {
      input: { orderId: quotationId, signatureName: 'Acme Admin' },
    });
    expect(twice.data?.acceptQuote.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect(await counts()).toEqual(before);
    expect((await orderRow(quotationId)).quoteContentHash).toBe(stored.quoteContentHash);
  });

  it('refuses an expired quote', async () => {
    const id = await newRfq('Napkins, short validity');
    const order = await quote(id, '2026-11-27', '0.15');
    await portal.clock.during('2026-11-28T09:00:00Z', async () => {
      const res = await buyer.request(ACCEPT, { input: { orderId: order.id, signatureName: 'Acme Buyer' } });
      expect(res.data?.acceptQuote.order).toBeNull();
      expect(res.data?.acceptQuote.userErrors).toEqual([
        {
          code: 'EXPIRED',
          field: ['input', 'orderId'],
          message: 'The quote expired on 2026-11-27; ask for a new quote.',
        },
      ]);
      expect((await orderRow(order.id)).status).toBe('QUOTATION');
      // A revision with a new validity can be accepted.
      const revised = await sales.request(SEND_QUOTE, {
        input: { orderId: order.id, validUntil: '2026-12-05' },
      });
      expect(revised.data?.sendQuote.order.quote).toMatchObject({ revision: 2, validUntil: '2026-12-05' });
      const accepted = await buyer.request(ACCEPT, {
        input: { orderId: order.id, signatureName: 'Acme Buyer' },
      });
      expect(accepted.data?.acceptQuote.userErrors).toEqual([]);
      expect(accepted.data?.acceptQuote.order.status).toBe('SALES_ORDER');
    });
  });

  describe('accepting a quote is placing an order', () => {
    const APPROVE = `mutation($input: OrderActionInput!) { approveOrder(input: $input) { order { status } userErrors { field message code } } }`;
    const REJECT = `mutation($input: OrderActionInput!) { rejectOrder(input: $input) { order { status quote { acceptedAt signedByName } } userErrors { field message code } } }`;
    const QUEUE = `query { approvalQueue(first: 50) { edges { node { id } } } }`;

    it('sends a quote over the approval limit to the approvers, who place or reject it', async () => {
      const approver = await portal.signedIn('approver@acme.example');
      const bigRfq = await newRfq('Napkins for the whole group');
      const big = await quote(bigRfq, null, '3.00');
      const accepted = await buyer.request(ACCEPT, {
        input: { orderId: big.id, signatureName: 'Acme Buyer' },
      });
      expect(accepted.data?.acceptQuote.userErrors).toEqual([]);
      expect(accepted.data?.acceptQuote.order).toMatchObject({
        status: 'PENDING_APPROVAL',
        quote: { signedByName: 'Acme Buyer' },
        rfq: { status: 'ACCEPTED' },
      });
      expect(accepted.data?.acceptQuote.order.events.at(-1).message).toBe(
        'Quote revision 1 accepted and signed by Acme Buyer; submitted for approval: Order total 6,495.00 USD is above 5,000.00 USD',
      );
      const queue = (await approver.request(QUEUE)).data?.approvalQueue.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
      expect(queue).toContain(big.id);
      expect(portal.mailer.lastTo('approver@acme.example')?.subject).toBe(
        `Approval needed: order ${big.number} (6,495.00 USD)`,
      );

      // Rejected: the quotation is open again (and its RFQ), to accept later or decline.
      const rejected = await approver.request(REJECT, {
        input: { orderId: big.id, comment: 'Not this quarter' },
      });
      expect(rejected.data?.rejectOrder).toEqual({
        order: {
          status: 'QUOTATION',
          quote: { acceptedAt: null, signedByName: null },
        },
        userErrors: [],
      });
      expect((await buyer.request(RFQ, { id: bigRfq })).data?.rfq.status).toBe('QUOTED');
      const again = await buyer.request(ACCEPT, { input: { orderId: big.id, signatureName: 'Acme Buyer' } });
      expect(again.data?.acceptQuote.order.status).toBe('PENDING_APPROVAL');
      const approved = await approver.request(APPROVE, { input: { orderId: big.id } });
      expect(approved.data?.approveOrder).toEqual({ order: { status: 'SALES_ORDER' }, userErrors: [] });
    });

    it('refuses a quote over the credit limit or below the minimum order value, and leaves it open', async () => {
      const huge = await quote(await newRfq('Napkins for a year'), null, '30.00');
      const overCredit = await buyer.request(ACCEPT, {
        input: { orderId: huge.id, signatureName: 'Acme Buyer' },
      });
      expect(overCredit.data?.acceptQuote.order).toBeNull();
      expect(overCredit.data?.acceptQuote.userErrors).toEqual([
        {
          code: 'CREDIT_LIMIT_EXCEEDED',
          field: ['input', 'orderId'],
          message: expect.stringMatching(
            /^This order would take you to [\d,.]+ USD of 50,000.00 USD credit limit$/,
          ),
        },
      ]);
      expect((await orderRow(huge.id)).status).toBe('QUOTATION');

      const small = await quote(await newRfq('A few napkins'), null, '0.06');
      const below = await buyer.request(ACCEPT, {
        input: { orderId: small.id, signatureName: 'Acme Buyer' },
      });
      expect(below.data?.acceptQuote.userErrors).toEqual([
        {
          code: 'BELOW_MINIMUM_ORDER_VALUE',
          field: ['input', 'orderId'],
          message: 'Order total 120.00 USD is below the minimum order value of 250.00 USD',
        },
      ]);
      expect((await orderRow(small.id)).status).toBe('QUOTATION');
    });
  });

  it('declines a quote: the order is cancelled and the RFQ declined', async () => {
    const id = await newRfq('Napkins to decline');
    const order = await quote(id, null);
    const res = await buyer.request(DECLINE, {
      input: { orderId: order.id, message: 'Going with the incumbent.' },
    });
    expect(res.data?.declineQuote.userErrors).toEqual([]);
    expect(res.data?.declineQuote.order).toMatchObject({ status: 'CANCELLED', rfq: { status: 'DECLINED' } });
    expect(res.data?.declineQuote.order.events.at(-1)).toMatchObject({
      status: 'CANCELLED',
      message: 'Quote declined: Going with the incumbent.',
    });
    const after = await buyer.request(ACCEPT, { input: { orderId: order.id, signatureName: 'Acme Buyer' } });
    expect(after.data?.acceptQuote.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    const requote = await sales.request(SEND_QUOTE, {
      input: { rfqId: id, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] },
    });
    expect(requote.data?.sendQuote.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
  });

  it('turns a draft into a quotation', async () => {
    const draft = await buyer.request(
      `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id number } userErrors { message } } }`,
      {
        input: { lines: [{ productId: pid('CUP-12'), quantity: '20' }] },
      },
    );
    const draftId = draft.data?.createDraftOrder.order.id;
    expect(draftId).toBeTruthy();
    const res = await sales.request(SEND_QUOTE, {
      input: {
        orderId: draftId,
        validUntil: '2026-12-31',
        lines: [{ productId: pid('CUP-12'), description: '', quantity: '20', unitPrice: '9.90' }],
      },
    });
    expect(res.data?.sendQuote.userErrors).toEqual([]);
    expect(res.data?.sendQuote.order).toMatchObject({
      id: draftId,
      status: 'QUOTATION',
      quote: { revision: 1 },
      subtotal: { amount: '198.00' },
      createdBy: { email: 'buyer@acme.example' },
    });
    expect(res.data?.sendQuote.order.number).toMatch(/^SO-/);
  });

  it('lets only one of a concurrent acceptance and revision succeed', async () => {
    const id = await newRfq('Napkins, raced');
    const order = await quote(id, '2026-12-31');
    const [accepted, revised] = await Promise.all([
      buyer.request(ACCEPT, { input: { orderId: order.id, signatureName: 'Acme Buyer', revision: 1 } }),
      sales.request(SEND_QUOTE, {
        input: {
          rfqId: id,
          lines: [{ description: 'Custom branded napkins', quantity: '2000', unitPrice: '0.07' }],
        },
      }),
    ]);
    const outcomes = [
      accepted.data?.acceptQuote.userErrors.length === 0,
      revised.data?.sendQuote.userErrors.length === 0,
    ];
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const stored = await orderRow(order.id);
    if (outcomes[0]) expect(stored).toMatchObject({ status: 'SALES_ORDER', quoteRevision: 1 });
    else expect(stored).toMatchObject({ status: 'QUOTATION', quoteRevision: 2, quoteContentHash: null });
  });
  it('keeps the unit of a free-text line from the RFQ through the quote (ea when none is given)', async () => {
    const submitted = await buyer.request(
      `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) {
        rfq { id lines { description quantity unit { id symbol } product { sku } } } userErrors { field code message } } }`,
      {
        input: {
          title: 'Printed items',
          lines: [
            { description: 'Printed napkins', quantity: '40', unitId: uid('cs') },
            { description: 'Logo stickers', quantity: '500' },
          ],
        },
      },
    );
    expect(submitted.data?.submitRfq.userErrors).toEqual([]);
    const rfq = submitted.data?.submitRfq.rfq;
    expect(
      rfq.lines.map((l: { description: string; unit: { symbol: string } }) => [l.description, l.unit.symbol]),
    ).toEqual([
      ['Printed napkins', 'cs'],
      ['Logo stickers', 'ea'],
    ]);
    // The quote editor sends each RFQ line's unit back with the quoted price.
    const quoted = await sales.request(
      `mutation($input: SendQuoteInput!) { sendQuote(input: $input) {
        order { lines { description quantity unit { symbol } unitPrice { amount } } } userErrors { field code message } } }`,
      {
        input: {
          rfqId: rfq.id,
          lines: rfq.lines.map(
            (l: { description: string; quantity: string; unit: { id: string } }, i: number) => ({
              description: l.description,
              quantity: l.quantity,
              unitId: l.unit.id,
              unitPrice: i === 0 ? '12.00' : '0.05',
            }),
          ),
        },
      },
    );
    expect(quoted.data?.sendQuote.userErrors).toEqual([]);
    expect(quoted.data?.sendQuote.order.lines).toEqual([
      {
        description: 'Printed napkins',
        quantity: '40',
        unit: { symbol: 'cs' },
        unitPrice: { amount: '12.00' },
      },
      {
        description: 'Logo stickers',
        quantity: '500',
        unit: { symbol: 'ea' },
        unitPrice: { amount: '0.05' },
      },
    ]);
  });
});

describe.each(testEngines())('rfqs statement count on %s', (engine) => {
  const counter = new StatementCounter();
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let sales: GraphQLClient;
  const PAGE = `query($first: Int) { rfqs(first: $first) { totalCount edges { node { ${RFQ_FIELDS} } } } }`;

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    // Quoted lines are taxed: the STANDARD rate the catalog's products need.
    await ensureStandardTaxRate(portal.runtime.dataSource);
    buyer = await portal.signedIn('buyer@acme.example');
    sales = await portal.signedIn('sales@seller.example');
    const pid = toGlobalId('Product', portal.catalog.products['CUP-12'].id);
    for (let i = 0; i < 12; i++) {
      const res = await buyer.request(SUBMIT_RFQ, {
        input: {
          title: `RFQ ${i}`,
          notes: `Note ${i}`,
          lines: [
            { productId: pid, description: '', quantity: '10', targetUnitPrice: '9' },
            { description: `Item ${i}`, quantity: '3' },
          ],
        },
      });
      expect(res.data?.submitRfq.userErrors).toEqual([]);
      if (i % 2 === 0) {
        const quoted = await sales.request(SEND_QUOTE, {
          input: {
            rfqId: res.data?.submitRfq.rfq.id,
            lines: [{ description: `Item ${i}`, quantity: '3', unitPrice: '2' }],
          },
        });
        expect(quoted.data?.sendQuote.userErrors).toEqual([]);
      }
    }
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('reads a page with lines, products, units, messages, authors and quotations in a flat number of statements', async () => {
    for (const client of [buyer, sales]) {
      const small = await counter.count(() => client.request(PAGE, { first: 3 }));
      const large = await counter.count(() => client.request(PAGE, { first: 50 }));
      expect(small.result.errors).toBeUndefined();
      expect(large.result.data?.rfqs.edges).toHaveLength(12);
      expect(large.result.data?.rfqs.edges[1].node).toMatchObject({
        title: 'RFQ 10',
        quotation: { status: 'QUOTATION' },
      });
      // The page holding the last row even saves the COUNT statement (TypeORM skips it then).
      expect(large.count).toBeLessThanOrEqual(small.count);
      expect(large.count).toBeLessThanOrEqual(10);
    }
  });
});
