import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { AuditLog, Company, Order, OrderLine } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const ADD = `mutation($input: AddOrderLinesInput!) { addOrderLines(input: $input) { ${PAYLOAD} } }`;
const UPDATE_LINE = `mutation($input: UpdateOrderLineInput!) { updateOrderLine(input: $input) { ${PAYLOAD} } }`;
const REMOVE = `mutation($input: RemoveOrderLinesInput!) { removeOrderLines(input: $input) { ${PAYLOAD} } }`;
const DETAILS = `mutation($input: UpdateOrderDetailsInput!) { updateOrderDetails(input: $input) { ${PAYLOAD} } }`;
const CART = `query { viewer { cart { id number status lines { sku quantity } } } }`;

describe.each(testEngines())('the cart (draft orders) on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  const pid = (sku: keyof TestPortal['catalog']['products']) =>
    toGlobalId('Product', portal.catalog.products[sku].id);
  const uid = (symbol: keyof TestPortal['catalog']['units']) =>
    toGlobalId('UnitOfMeasure', portal.catalog.units[symbol].id);
  const counts = async () => ({
    orders: await portal.runtime.dataSource.getRepository(Order).count(),
    lines: await portal.runtime.dataSource.getRepository(OrderLine).count(),
  });

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    buyer = await portal.signedIn('buyer@acme.example');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('creates a draft priced under the company pricelist, with quantities in their unit and in base units, and tax', async () => {
    const res = await buyer.request(CREATE, {
      input: {
        purchaseOrderNumber: 'PO-1001',
        lines: [
          { productId: pid('CUP-12'), quantity: '5' },
          { sku: 'SOLV-55', quantity: '110', unitId: uid('gal') },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data?.createDraftOrder;
    expect(payload.userErrors).toEqual([]);
    const order = payload.order;
    expect(order).toMatchObject({
      status: 'DRAFT',
      channel: 'PORTAL',
      purchaseOrderNumber: 'PO-1001',
      company: { name: 'Acme Restaurant Group' },
      createdBy: { email: 'buyer@acme.example' },
    });
    expect(order.number).toMatch(/^DR-\d{6}$/);
    expect(order.shippingAddress).toEqual({ city: 'Springfield' });
    // 5 cs of 24 = 120 ea at 12% off 0.50 (from 100 ea) = 0.44/ea = 10.56/cs; 110 gal at 12% off 4.00 = 3.52.
    expect(order.lines[0]).toMatchObject({
      sku: 'CUP-12',
      quantity: '5',
      baseQuantity: '120',
      unit: { symbol: 'cs' },
      unitPrice: { amount: '10.56' },
      lineTotal: { amount: '52.80' },
      issues: [],
    });
    expect(order.lines[1]).toMatchObject({
      sku: 'SOLV-55',
      quantity: '110',
      baseQuantity: '110',
      unit: { symbol: 'gal' },
      unitPrice: { amount: '3.52' },
      lineTotal: { amount: '387.20' },
    });
    expect(order.subtotal).toEqual({ amount: '440.00', currencyCode: 'USD' });
    expect(order.taxTotal).toEqual({ amount: '36.30' });
    expect(order.total).toEqual({ amount: '476.30' });
    expect(order.issues).toEqual([]);
    expect(order.availableActions).toEqual(expect.arrayContaining(['EDIT', 'SUBMIT', 'CANCEL']));
    expect(order.events).toEqual([
      { status: 'DRAFT', message: 'Draft created', actor: { email: 'buyer@acme.example' } },
    ]);

    const cart = await buyer.request(CART);
    expect(cart.data?.viewer.cart).toMatchObject({ id: order.id, number: order.number });
  });

  it('adds 50 SKU/quantity pairs in one call (quick order), then changes, re-units and removes lines', async () => {
    const cart = (await buyer.request(CART)).data?.viewer.cart;
    const skus = ['CUP-12', 'CUP-16', 'LID-12', 'DEGR-1', 'MTO-SIGN'];
    const lines = Array.from({ length: 50 }, (_, i) => ({ sku: skus[i % skus.length], quantity: '1' }));
    const res = await buyer.request(ADD, { input: { orderId: cart.id, lines } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addOrderLines.userErrors).toEqual([]);
    const order = res.data?.addOrderLines.order;
    // One line per product and unit: the ten CUP-12 cases add to the cart's 5, the rest are new lines.
    expect(
      order.lines.map((l: { sku: string; quantity: string; unit: { symbol: string } }) => [
        l.sku,
        l.quantity,
        l.unit.symbol,
      ]),
    ).toEqual([
      ['CUP-12', '15', 'cs'],
      ['SOLV-55', '110', 'gal'],
      ['CUP-16', '10', 'cs'],
      ['LID-12', '10', 'cs'],
      ['DEGR-1', '10', 'ea'],
      ['MTO-SIGN', '10', 'ea'],
    ]);
    const degr = order.lines.find((l: { sku: string }) => l.sku === 'DEGR-1');

    const changed = await buyer.request(UPDATE_LINE, {
      input: { orderId: cart.id, lineId: degr.id, quantity: '12' },
    });
    expect(changed.data?.updateOrderLine.userErrors).toEqual([]);
    expect(
      changed.data?.updateOrderLine.order.lines.find((l: { id: string }) => l.id === degr.id),
    ).toMatchObject({
      quantity: '12',
      unit: { symbol: 'ea' },
      unitPrice: { amount: '5.70' },
      lineTotal: { amount: '68.40' },
    });

    const cup = order.lines[0];
    const inEach = await buyer.request(UPDATE_LINE, {
      input: { orderId: cart.id, lineId: cup.id, quantity: '48', unitId: uid('ea') },
    });
    expect(inEach.data?.updateOrderLine.order.lines[0]).toMatchObject({
      quantity: '48',
      baseQuantity: '48',
      unit: { symbol: 'ea' },
      unitPrice: { amount: '0.475' },
    });

    const removed = await buyer.request(REMOVE, {
      input: { orderId: cart.id, lineIds: order.lines.slice(2).map((l: { id: string }) => l.id) },
    });
    expect(removed.data?.removeOrderLines.userErrors).toEqual([]);
    expect(removed.data?.removeOrderLines.order.lines.map((l: { sku: string }) => l.sku)).toEqual([
      'CUP-12',
      'SOLV-55',
    ]);
  });

  it('refuses bad quantities, foreign products and wrong units with codes and input paths, writing nothing', async () => {
    const cart = (await buyer.request(CART)).data?.viewer.cart;
    const before = await counts();
    const res = await buyer.request(ADD, {
      input: {
        orderId: cart.id,
        lines: [
          { sku: 'CUP-12', quantity: '1' },
          { sku: 'CUP-12', quantity: '0' },
          { sku: 'CUP-12', quantity: '-3' },
          { sku: 'CUP-12', quantity: '1.12345' },
          { sku: 'SOLV-55', quantity: '55', unitId: uid('cs') },
          { productId: pid('GLOVE-NIT'), quantity: '1' },
          { productId: pid('OLD-TRAY'), quantity: '1' },
          { sku: 'GLOVE-NIT', quantity: '1' },
          { sku: 'NOPE-1', quantity: '1' },
          { productId: 'garbage', quantity: '1' },
          { sku: 'CUP-12', quantity: '1.5', unitId: uid('cs') },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addOrderLines.order).toBeNull();
    const errors = res.data?.addOrderLines.userErrors.map((e: { field: string[]; code: string }) => [
      e.field.join('.'),
      e.code,
    ]);
    expect(errors).toEqual([
      ['input.lines.1.quantity', 'INVALID'],
      ['input.lines.2.quantity', 'INVALID'],
      ['input.lines.3.quantity', 'INVALID'],
      ['input.lines.4.unitId', 'UNIT_NOT_ALLOWED'],
      ['input.lines.5.productId', 'NOT_FOUND'],
      ['input.lines.6.productId', 'NOT_FOUND'],
      ['input.lines.7.sku', 'NOT_IN_CATALOG'],
      ['input.lines.8.sku', 'NOT_IN_CATALOG'],
      ['input.lines.9.productId', 'NOT_FOUND'],
      ['input.lines.10.quantity', 'INVALID'],
    ]);
    expect(res.data?.addOrderLines.userErrors[3].message).toBe('SOLV-55 is not sold in cs; choose gal');
    expect(await counts()).toEqual(before);

    // Not a number at all: the Decimal scalar refuses the request (BAD_USER_INPUT), nothing written.
    const malformed = await buyer.request(ADD, {
      input: { orderId: cart.id, lines: [{ sku: 'CUP-12', quantity: 'abc' }] },
    });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('shows the issues that block submission with buyer-friendly messages', async () => {
    const res = await buyer.request(CREATE, {
      input: {
        lines: [
          { sku: 'SOLV-55', quantity: '40' },
          { sku: 'OOS-SHOW', quantity: '10' },
          { sku: 'OOS-BACK', quantity: '10' },
        ],
      },
    });
    const order = res.data?.createDraftOrder.order;
    expect(order.lines[0].issues).toEqual([
      { code: 'BELOW_MINIMUM_QUANTITY', message: 'SOLV-55: minimum 55 gal, this line has 40 gal' },
      {
        code: 'NOT_A_MULTIPLE',
        message: 'SOLV-55 is sold in multiples of 55 gal; 40 gal is not enough, order 55 or 110 gal',
      },
    ]);
    expect(order.lines[1].issues).toEqual([{ code: 'NOT_AVAILABLE', message: 'OOS-SHOW is out of stock' }]);
    expect(order.lines[1].availability).toEqual({ status: 'OUT_OF_STOCK' });
    expect(order.lines[2].issues).toEqual([]);
    expect(order.lines[2].availability).toEqual({ status: 'BACKORDER' });
    expect(order.issues.map((i: { code: string }) => i.code)).toEqual([
      'BELOW_MINIMUM_QUANTITY',
      'NOT_A_MULTIPLE',
      'NOT_AVAILABLE',
      'BELOW_MINIMUM_ORDER_VALUE',
    ]);
    expect(order.issues[0].lineId).toBe(order.lines[0].id);
    expect(order.issues[3]).toMatchObject({
      lineId: null,
      message: expect.stringContaining('below the minimum order value of 250.00 USD'),
    });
    expect(order.availableActions).toContain('SUBMIT');
  });

  it('reports an order that would go over the credit limit (open orders + open invoices + this order)', async () => {
    const globex = await portal.signedIn('buyer@globex.example');
    await portal.runtime.dataSource
      .getRepository(Company)
      .update({ id: portal.fixture.globex.company.id }, { creditLimit: '300' });
    const res = await globex.request(CREATE, { input: { lines: [{ sku: 'SOLV-55', quantity: '110' }] } });
    const order = res.data?.createDraftOrder.order;
    expect(order.total).toEqual({ amount: '369.13' });
    expect(order.issues).toEqual([
      {
        code: 'CREDIT_LIMIT_EXCEEDED',
        lineId: null,
        message: 'This order would take you to 369.13 USD of 300.00 USD credit limit',
      },
    ]);
    await portal.runtime.dataSource
      .getRepository(Company)
      .update({ id: portal.fixture.globex.company.id }, { creditLimit: '50000' });
  });

  it('sets PO number, delivery date, notes and a shipping address of the company only', async () => {
    const cart = (await buyer.request(CART)).data?.viewer.cart;
    const res = await buyer.request(DETAILS, {
      input: {
        orderId: cart.id,
        purchaseOrderNumber: 'PO-77',
        requestedDeliveryDate: '2026-12-10',
        notes: 'Dock 4',
      },
    });
    expect(res.data?.updateOrderDetails.userErrors).toEqual([]);
    expect(res.data?.updateOrderDetails.order).toMatchObject({
      purchaseOrderNumber: 'PO-77',
      requestedDeliveryDate: '2026-12-10',
      notes: 'Dock 4',
    });

    const bad = await buyer.request(DETAILS, {
      input: {
        orderId: cart.id,
        requestedDeliveryDate: '2026-01-01',
        shippingAddressId: toGlobalId('Address', 2),
        purchaseOrderNumber: 'x'.repeat(65),
      },
    });
    expect(
      bad.data?.updateOrderDetails.userErrors.map((e: { field: string[]; code: string }) => [
        e.field.join('.'),
        e.code,
      ]),
    ).toEqual([
      ['input.purchaseOrderNumber', 'INVALID'],
      ['input.requestedDeliveryDate', 'INVALID'],
      ['input.shippingAddressId', 'NOT_FOUND'],
    ]);
  });

  it('lets nobody else change the cart: foreign buyers get NOT_FOUND, colleagues FORBIDDEN, viewers no access', async () => {
    const cart = (await buyer.request(CART)).data?.viewer.cart;
    const before = await counts();
    const globex = await portal.signedIn('buyer@globex.example');
    const foreign = await globex.request(ADD, {
      input: { orderId: cart.id, lines: [{ sku: 'CUP-12', quantity: '1' }] },
    });
    const missing = await globex.request(ADD, {
      input: { orderId: toGlobalId('Order', 999_999), lines: [{ sku: 'CUP-12', quantity: '1' }] },
    });
    expect(foreign.data).toEqual(missing.data);
    expect(foreign.data?.addOrderLines.userErrors).toEqual([
      { field: ['input', 'orderId'], message: 'No such order.', code: 'NOT_FOUND' },
    ]);

    const admin = await portal.signedIn('admin@acme.example');
    const colleague = await admin.request(ADD, {
      input: { orderId: cart.id, lines: [{ sku: 'CUP-12', quantity: '1' }] },
    });
    expect(colleague.data?.addOrderLines.userErrors[0]).toMatchObject({
      code: 'FORBIDDEN',
      field: ['input', 'orderId'],
    });

    const viewer = await portal.signedIn('viewer@acme.example');
    const denied = await viewer.request(CREATE, { input: { lines: [] } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('hides prices from a requisitioner (FORBIDDEN on the price fields) but lets them draft', async () => {
    const req = await portal.signedIn('requisitioner@acme.example');
    const res = await req.request(CREATE, { input: { lines: [{ sku: 'DEGR-1', quantity: '2' }] } });
    expect(res.data?.createDraftOrder.order.lines[0]).toMatchObject({
      sku: 'DEGR-1',
      unitPrice: null,
      lineTotal: null,
    });
    expect(res.data?.createDraftOrder.order.total).toBeNull();
    expect(res.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('lets staff enter a phone order for a company, priced under its pricelist', async () => {
    const sales = await portal.signedIn('sales@seller.example');
    const noCompany = await sales.request(CREATE, { input: { lines: [{ sku: 'CUP-12', quantity: '1' }] } });
    expect(noCompany.data?.createDraftOrder.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'companyId'],
    });
    const res = await sales.request(CREATE, {
      input: {
        companyId: toGlobalId('Company', portal.fixture.globex.company.id),
        channel: 'PHONE',
        lines: [{ sku: 'SOLV-55', quantity: '55' }],
      },
    });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    expect(res.data?.createDraftOrder.order).toMatchObject({
      channel: 'PHONE',
      company: { name: 'Globex Chemicals' },
      lines: [{ unitPrice: { amount: '3.10' } }],
    });
    const portalBuyer = await buyer.request(CREATE, { input: { channel: 'PHONE' } });
    expect(portalBuyer.data?.createDraftOrder.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'channel'],
    });
    const audit = await portal.runtime.dataSource
      .getRepository(AuditLog)
      .countBy({ entityType: 'Order', action: 'CREATED' });
    expect(audit).toBeGreaterThanOrEqual(3);
  });
  it("prices a product's lines on its whole quantity: cases and eaches together reach a volume break", async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const res = await admin.request(CREATE, {
      input: {
        lines: [
          { sku: 'CUP-12', quantity: '3' },
          { sku: 'CUP-12', quantity: '40', unitId: uid('ea') },
        ],
      },
    });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    const order = res.data?.createDraftOrder.order;
    // 72 ea + 40 ea = 112 ea reach the 12% break from 100 ea (0.44/ea); each line alone would get 5%.
    const priced = (o: {
      lines: { quantity: string; unit: { symbol: string }; unitPrice: { amount: string } }[];
    }) => o.lines.map((l) => [l.quantity, l.unit.symbol, l.unitPrice.amount]);
    expect(priced(order)).toEqual([
      ['3', 'cs', '10.56'],
      ['40', 'ea', '0.44'],
    ]);
    const removed = await admin.request(REMOVE, {
      input: { orderId: order.id, lineIds: [order.lines[1].id] },
    });
    expect(priced(removed.data?.removeOrderLines.order)).toEqual([['3', 'cs', '11.40']]);
  });
});
