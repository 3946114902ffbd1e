import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Order, OrderTemplate, Product, StockLevel } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { TEST_NOW, startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const REORDER = `mutation($input: ReorderInput!) { reorder(input: $input) { ${PAYLOAD} changes { kind sku message } } }`;
const SAVE = `mutation($input: SaveOrderTemplateInput!) { saveOrderTemplate(input: $input) {
  template { id name shared lastUsedAt owner { email } lines { product { sku } quantity unit { symbol } } } userErrors { field message code } } }`;
const DELETE = `mutation($input: DeleteOrderTemplateInput!) { deleteOrderTemplate(input: $input) { deletedId userErrors { field message code } } }`;
const FROM = `mutation($input: OrderFromTemplateInput!) { orderFromTemplate(input: $input) { ${PAYLOAD} } }`;
const TEMPLATES = `query { orderTemplates { name shared owner { email } lines { product { sku } } } }`;

describe.each(testEngines())('reorder and order templates on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let n = 0;
  const place = async (
    client: GraphQLClient,
    lines: { sku: string; quantity: string; unitId?: string }[],
  ) => {
    const created = await client.request(CREATE, { input: { lines } });
    expect(created.data?.createDraftOrder.userErrors).toEqual([]);
    const res = await client.request(SUBMIT, {
      input: { orderId: created.data?.createDraftOrder.order.id, idempotencyKey: `r-${++n}` },
    });
    expect(res.data?.submitOrder.userErrors).toEqual([]);
    return res.data?.submitOrder.order;
  };
  const products = () => portal.runtime.dataSource.getRepository(Product);

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    buyer = await portal.signedIn('buyer@acme.example');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('reorders priced today, naming every price change, unavailable product, product gone and adjusted quantity', async () => {
    const source = await place(buyer, [
      { sku: 'CUP-12', quantity: '5' },
      { sku: 'SOLV-55', quantity: '110' },
      { sku: 'CUP-16', quantity: '30' },
      { sku: 'DEGR-1', quantity: '50' },
      { sku: 'CHEF-KNIFE', quantity: '6' },
    ]);
    expect(source.status).toBe('SALES_ORDER');
    const p = portal.catalog.products;
    await products().update({ id: p['SOLV-55'].id }, { listPrice: '5.00' });
    // Out of stock: nothing on hand at the warehouse (a fixture shortcut past the ledger).
    const cup16 = { productId: p['CUP-16'].id };
    const before = await portal.runtime.dataSource.getRepository(StockLevel).findOneByOrFail(cup16);
    await portal.runtime.dataSource.getRepository(StockLevel).update(cup16, { onHand: '0' });
    await products().update({ id: p['DEGR-1'].id }, { minimumOrderQuantity: '60' });
    await products().update({ id: p['CHEF-KNIFE'].id }, { published: false });

    const res = await buyer.request(REORDER, { input: { orderId: source.id } });
    expect(res.errors).toBeUndefined();
    const { order, changes, userErrors } = res.data?.reorder;
    expect(userErrors).toEqual([]);
    expect(order.status).toBe('DRAFT');
    expect(order.number).toMatch(/^DR-/);
    expect(changes).toEqual([
      {
        kind: 'PRICE_CHANGED',
        sku: 'SOLV-55',
        message: `SOLV-55: 3.52 USD per gal on ${source.number}, 4.40 USD today`,
      },
      { kind: 'UNAVAILABLE', sku: 'CUP-16', message: 'CUP-16 is out of stock' },
      { kind: 'QUANTITY_ADJUSTED', sku: 'DEGR-1', message: 'DEGR-1: 50 ea changed to 60 ea (minimum 60 ea)' },
      {
        kind: 'NOT_IN_CATALOG',
        sku: 'CHEF-KNIFE',
        message:
          'CHEF-KNIFE is no longer in the catalog; the line is kept so you can remove it or choose another product.',
      },
    ]);
    expect(
      order.lines.map((l: { sku: string; quantity: string; unit: { symbol: string } }) => [
        l.sku,
        l.quantity,
        l.unit.symbol,
      ]),
    ).toEqual([
      ['CUP-12', '5', 'cs'],
      ['SOLV-55', '110', 'gal'],
      ['CUP-16', '30', 'cs'],
      ['DEGR-1', '60', 'ea'],
      ['CHEF-KNIFE', '6', 'ea'],
    ]);
    expect(order.lines[1]).toMatchObject({
      unitPrice: { amount: '4.40' },
      previousUnitPrice: { amount: '3.52' },
    });
    expect(order.lines[0]).toMatchObject({
      unitPrice: { amount: '10.56' },
      previousUnitPrice: { amount: '10.56' },
    });
    expect(order.lines[4].issues).toEqual([
      { code: 'NOT_IN_CATALOG', message: 'CHEF-KNIFE is no longer in the catalog' },
    ]);
    expect(order.issues.map((i: { code: string }) => i.code)).toEqual(['NOT_AVAILABLE', 'NOT_IN_CATALOG']);

    const globex = await portal.signedIn('buyer@globex.example');
    expect(
      (await globex.request(REORDER, { input: { orderId: source.id } })).data?.reorder.userErrors[0],
    ).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'orderId'] });
    expect(
      (await buyer.request(REORDER, { input: { orderId: order.id } })).data?.reorder.userErrors[0],
    ).toMatchObject({ code: 'INVALID_STATE' });
    await portal.runtime.dataSource.getRepository(StockLevel).update(cup16, { onHand: before.onHand });
    await products().update({ id: p['DEGR-1'].id }, { minimumOrderQuantity: null });
    await products().update({ id: p['CHEF-KNIFE'].id }, { published: true });
  });

  it("adds a reorder or a template to the buyer's chosen cart, merging lines of one product and unit; switching carts is explicit", async () => {
    const CART = `query { viewer { cart { id number lines { sku quantity unit { symbol } } } } }`;
    const SET_CART = `mutation($input: SetActiveCartInput!) { setActiveCart(input: $input) { ${PAYLOAD} } }`;
    const cart = async () => (await buyer.request(CART)).data?.viewer.cart;
    const linesOf = (order: { lines: { sku: string; quantity: string; unit: { symbol: string } }[] }) =>
      order.lines.map((l) => [l.sku, l.quantity, l.unit.symbol]);
    const source = await place(buyer, [
      { sku: 'CUP-12', quantity: '5' },
      { sku: 'SOLV-55', quantity: '55' },
    ]);
    const started = await buyer.request(CREATE, { input: { lines: [{ sku: 'CUP-12', quantity: '2' }] } });
    const cartDraft = started.data?.createDraftOrder.order;
    expect((await cart()).id).toBe(cartDraft.id);

    // The default (as before): a separate draft; the chosen cart stays the cart.
    const separate = (await buyer.request(REORDER, { input: { orderId: source.id } })).data?.reorder;
    expect(separate.userErrors).toEqual([]);
    expect(separate.order.id).not.toBe(cartDraft.id);
    expect((await cart()).id).toBe(cartDraft.id);

    // Into the cart: the same product and unit adds to its line (exact decimals: quantities are added as strings), repriced as a whole.
    const merged = (await buyer.request(REORDER, { input: { orderId: source.id, into: 'CART' } })).data
      ?.reorder;
    expect(merged.userErrors).toEqual([]);
    expect(merged.order.id).toBe(cartDraft.id);
    expect(linesOf(merged.order)).toEqual([
      ['CUP-12', '7', 'cs'],
      ['SOLV-55', '55', 'gal'],
    ]);
    const again = (await buyer.request(REORDER, { input: { orderId: source.id, into: 'CART' } })).data
      ?.reorder;
    expect(linesOf(again.order)).toEqual([
      ['CUP-12', '12', 'cs'],
      ['SOLV-55', '110', 'gal'],
    ]);
    expect(again.order.subtotal.amount).not.toBe(merged.order.subtotal.amount);

    // The checks of a cart edit: a product left the catalog is not added, and says so.
    const p = portal.catalog.products;
    await products().update({ id: p['SOLV-55'].id }, { published: false });
    try {
      const partly = (await buyer.request(REORDER, { input: { orderId: source.id, into: 'CART' } })).data
        ?.reorder;
      expect(partly.userErrors).toEqual([]);
      expect(partly.changes).toEqual([
        {
          kind: 'NOT_IN_CATALOG',
          sku: 'SOLV-55',
          message: 'SOLV-55 is no longer in the catalog and was not added to your cart.',
        },
      ]);
      expect(linesOf(partly.order)).toEqual([
        ['CUP-12', '17', 'cs'],
        ['SOLV-55', '110', 'gal'],
      ]);
    } finally {
      await products().update({ id: p['SOLV-55'].id }, { published: true });
    }

    // Switching is explicit, and stored for the user: another session sees the same cart.
    const switched = await buyer.request(SET_CART, { input: { orderId: separate.order.id } });
    expect(switched.data?.setActiveCart.userErrors).toEqual([]);
    const otherTab = await portal.signedIn('buyer@acme.example');
    expect((await otherTab.request(CART)).data?.viewer.cart.id).toBe(separate.order.id);
    expect(
      (await buyer.request(SET_CART, { input: { orderId: source.id } })).data?.setActiveCart.userErrors[0],
    ).toMatchObject({ code: 'INVALID_STATE', field: ['input', 'orderId'] });
    const globex = await portal.signedIn('buyer@globex.example');
    expect(
      (await globex.request(SET_CART, { input: { orderId: cartDraft.id } })).data?.setActiveCart
        .userErrors[0],
    ).toMatchObject({ code: 'NOT_FOUND' });

    // A template into the cart: merged into the chosen draft; never with submit.
    const saved = await buyer.request(SAVE, {
      input: { name: 'Cart top-up', lines: [{ sku: 'CUP-12', quantity: '1' }] },
    });
    const templateId = saved.data?.saveOrderTemplate.template.id;
    const topped = (await buyer.request(FROM, { input: { templateId, into: 'CART' } })).data
      ?.orderFromTemplate;
    expect(topped.userErrors).toEqual([]);
    expect(topped.order.id).toBe(separate.order.id);
    expect(linesOf(topped.order)).toEqual([
      ['CUP-12', '6', 'cs'],
      ['SOLV-55', '55', 'gal'],
    ]);
    expect(
      (
        await buyer.request(FROM, {
          input: { templateId, into: 'CART', submit: true, idempotencyKey: 'cart-submit' },
        })
      ).data?.orderFromTemplate.userErrors[0],
    ).toMatchObject({ code: 'INVALID', field: ['input', 'into'] });
    await buyer.request(DELETE, { input: { templateId } });
    expect((await cart()).id).toBe(separate.order.id);
  });

  it('saves private and shared templates from lines or an order, renames them, and deletes them', async () => {
    const bad = await buyer.request(SAVE, {
      input: {
        name: 'Weekly',
        lines: [
          { sku: 'CUP-12', quantity: '2' },
          { sku: 'CUP-12', quantity: '0' },
        ],
      },
    });
    expect(bad.data?.saveOrderTemplate.userErrors).toEqual([
      {
        field: ['input', 'lines', '1', 'quantity'],
        code: 'INVALID',
        message: 'The quantity must be more than 0.',
      },
    ]);
    const weekly = await buyer.request(SAVE, {
      input: {
        name: 'Weekly',
        lines: [
          { sku: 'CUP-12', quantity: '2' },
          { sku: 'SOLV-55', quantity: '55' },
        ],
      },
    });
    expect(weekly.data?.saveOrderTemplate.template).toMatchObject({
      name: 'Weekly',
      shared: false,
      owner: { email: 'buyer@acme.example' },
      lines: [
        { product: { sku: 'CUP-12' }, quantity: '2', unit: { symbol: 'cs' } },
        { product: { sku: 'SOLV-55' }, quantity: '55', unit: { symbol: 'gal' } },
      ],
    });

    const source = await place(buyer, [{ sku: 'LID-12', quantity: '30' }]);
    const shared = await buyer.request(SAVE, {
      input: { name: 'Lids', shared: true, fromOrderId: source.id },
    });
    expect(shared.data?.saveOrderTemplate.template).toMatchObject({
      name: 'Lids',
      shared: true,
      lines: [{ product: { sku: 'LID-12' }, quantity: '30' }],
    });

    const requisitioner = await portal.signedIn('requisitioner@acme.example');
    expect(
      (await requisitioner.request(TEMPLATES)).data?.orderTemplates.map((t: { name: string }) => t.name),
    ).toEqual(['Lids']);
    expect(
      (await buyer.request(TEMPLATES)).data?.orderTemplates.map((t: { name: string }) => t.name),
    ).toEqual(['Lids', 'Weekly']);
    const viewer = await portal.signedIn('viewer@acme.example');
    expect((await viewer.request(TEMPLATES)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const sharedId = shared.data?.saveOrderTemplate.template.id;
    const renameDenied = await requisitioner.request(SAVE, {
      input: { templateId: sharedId, name: 'Mine now' },
    });
    expect(renameDenied.data?.saveOrderTemplate.userErrors[0]).toMatchObject({
      code: 'FORBIDDEN',
      field: ['input', 'templateId'],
    });
    const renamed = await buyer.request(SAVE, {
      input: { templateId: sharedId, name: 'Lids (weekly)', shared: true },
    });
    expect(renamed.data?.saveOrderTemplate.template).toMatchObject({
      id: sharedId,
      name: 'Lids (weekly)',
      lines: [{ product: { sku: 'LID-12' } }],
    });

    const globex = await portal.signedIn('buyer@globex.example');
    const foreign = await globex.request(DELETE, { input: { templateId: sharedId } });
    expect(foreign.data?.deleteOrderTemplate).toEqual({
      deletedId: null,
      userErrors: [{ field: ['input', 'templateId'], code: 'NOT_FOUND', message: 'No such template.' }],
    });
    const deleted = await buyer.request(DELETE, {
      input: { templateId: weekly.data?.saveOrderTemplate.template.id },
    });
    expect(deleted.data?.deleteOrderTemplate).toEqual({
      deletedId: weekly.data?.saveOrderTemplate.template.id,
      userErrors: [],
    });
    expect(await portal.runtime.dataSource.getRepository(OrderTemplate).count()).toBe(1);
  });

  it('places a 35-line order from a template in one request, idempotently', async () => {
    const skus = ['CUP-12', 'CUP-16', 'LID-12', 'DEGR-1', 'SOLV-55', 'SOLV-5', 'MTO-SIGN'];
    const lines = Array.from({ length: 35 }, (_, i) => {
      const sku = skus[i % skus.length];
      return { sku, quantity: sku === 'SOLV-55' ? '55' : sku === 'SOLV-5' ? '5' : '1' };
    });
    const saved = await buyer.request(SAVE, { input: { name: 'Big weekly', lines } });
    expect(saved.data?.saveOrderTemplate.userErrors).toEqual([]);
    const templateId = saved.data?.saveOrderTemplate.template.id;

    const noKey = await buyer.request(FROM, { input: { templateId, submit: true } });
    expect(noKey.data?.orderFromTemplate.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'idempotencyKey'],
    });
    const before = await portal.runtime.dataSource.getRepository(Order).count();
    const first = await buyer.request(FROM, { input: { templateId, submit: true, idempotencyKey: 'tpl-1' } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.orderFromTemplate.userErrors).toEqual([]);
    const order = first.data?.orderFromTemplate.order;
    expect(order.lines).toHaveLength(35);
    expect(order.status).toBe('SALES_ORDER');
    expect(order.number).toMatch(/^SO-/);
    const retry = await buyer.request(FROM, { input: { templateId, submit: true, idempotencyKey: 'tpl-1' } });
    expect(retry.data?.orderFromTemplate.order.number).toBe(order.number);
    expect(await portal.runtime.dataSource.getRepository(Order).count()).toBe(before + 1);
    expect((await buyer.request(TEMPLATES)).data?.orderTemplates).toHaveLength(2);
    const used = await buyer.request(
      `query($id: ID!) { node(id: $id) { ... on OrderTemplate { lastUsedAt } } }`,
      { id: templateId },
    );
    expect(used.data?.node.lastUsedAt).toBe('2026-11-27T09:00:00.000Z');

    // "Last used" is kept to the minute: a use 30 s later leaves it, one 2 minutes later moves it.
    const lastUsed = async () =>
      (
        await buyer.request(`query($id: ID!) { node(id: $id) { ... on OrderTemplate { lastUsedAt } } }`, {
          id: templateId,
        })
      ).data?.node.lastUsedAt;
    const draft = await buyer.request(FROM, { input: { templateId } });
    expect(draft.data?.orderFromTemplate.order).toMatchObject({ status: 'DRAFT' });
    try {
      portal.clock.set('2026-11-27T09:00:30.000Z');
      await buyer.request(FROM, { input: { templateId } });
      expect(await lastUsed()).toBe('2026-11-27T09:00:00.000Z');
      portal.clock.set('2026-11-27T09:02:00.000Z');
      await buyer.request(FROM, { input: { templateId } });
      expect(await lastUsed()).toBe('2026-11-27T09:02:00.000Z');
    } finally {
      portal.clock.set(TEST_NOW);
    }
    const globex = await portal.signedIn('buyer@globex.example');
    expect(
      (await globex.request(FROM, { input: { templateId } })).data?.orderFromTemplate.userErrors[0].code,
    ).toBe('NOT_FOUND');
  });

  it('estimates "Place order" from a template priced today by the server, like the draft it makes, writing nothing', async () => {
    const ESTIMATE = `query($id: ID!) { node(id: $id) { ... on OrderTemplate { estimate {
      lines { product { sku name } quantity unit { symbol } unitPrice { amount currencyCode } lineTotal { amount } issues { code message } }
      subtotal { amount } adjustmentTotal { amount } taxTotal { amount } total { amount currencyCode }
      issues { code message } } } } }`;
    const saved = await buyer.request(SAVE, {
      input: {
        name: 'Estimate me',
        shared: true,
        lines: [
          { sku: 'CUP-12', quantity: '5' },
          { sku: 'SOLV-55', quantity: '110' },
          { sku: 'DEGR-1', quantity: '50' },
        ],
      },
    });
    expect(saved.data?.saveOrderTemplate.userErrors).toEqual([]);
    const templateId = saved.data?.saveOrderTemplate.template.id;
    const orders = () => portal.runtime.dataSource.getRepository(Order).count();
    const before = await orders();

    const res = await buyer.request(ESTIMATE, { id: templateId });
    expect(res.errors).toBeUndefined();
    const estimate = res.data?.node.estimate;
    expect(await orders()).toBe(before);
    // The draft "Make a draft" writes now: the estimate promised the same lines, prices and total.
    const draft = (await buyer.request(FROM, { input: { templateId } })).data?.orderFromTemplate.order;
    expect(draft.status).toBe('DRAFT');
    expect(
      estimate.lines.map((l: { product: { sku: string }; quantity: string; unit: { symbol: string } }) => [
        l.product.sku,
        l.quantity,
        l.unit.symbol,
      ]),
    ).toEqual([
      ['CUP-12', '5', 'cs'],
      ['SOLV-55', '110', 'gal'],
      ['DEGR-1', '50', 'ea'],
    ]);
    expect(estimate.lines.map((l: { unitPrice: { amount: string } }) => l.unitPrice.amount)).toEqual(
      draft.lines.map((l: { unitPrice: { amount: string } }) => l.unitPrice.amount),
    );
    expect(estimate.lines.map((l: { lineTotal: { amount: string } }) => l.lineTotal.amount)).toEqual(
      draft.lines.map((l: { lineTotal: { amount: string } }) => l.lineTotal.amount),
    );
    expect(estimate.lines[0]).toMatchObject({
      unitPrice: { amount: '10.56', currencyCode: 'USD' },
      issues: [],
    });
    expect(estimate.subtotal.amount).toBe(draft.subtotal.amount);
    expect(estimate.taxTotal.amount).toBe(draft.taxTotal.amount);
    expect(estimate.total).toEqual({ amount: draft.total.amount, currencyCode: 'USD' });
    expect(estimate.issues).toEqual([]);

    // A minimum raised and a product unpublished since: line issues, and no price for what left the catalog.
    const p = portal.catalog.products;
    await products().update({ id: p['DEGR-1'].id }, { minimumOrderQuantity: '60' });
    await products().update({ id: p['SOLV-55'].id }, { published: false });
    try {
      const changed = (await buyer.request(ESTIMATE, { id: templateId })).data?.node.estimate;
      expect(changed.lines[1]).toMatchObject({
        unitPrice: null,
        lineTotal: null,
        issues: [{ code: 'NOT_IN_CATALOG', message: 'SOLV-55 is no longer in the catalog' }],
      });
      expect(changed.lines[2].issues).toEqual([
        { code: 'BELOW_MINIMUM_QUANTITY', message: 'DEGR-1: minimum 60 ea, this line has 50 ea' },
      ]);
      // Only the priced lines count: 52.80 (CUP-12) + 285.00 (DEGR-1).
      expect([estimate.lines[0].lineTotal.amount, estimate.lines[2].lineTotal.amount]).toEqual([
        '52.80',
        '285.00',
      ]);
      expect(changed.subtotal.amount).toBe('337.80');
    } finally {
      await products().update({ id: p['DEGR-1'].id }, { minimumOrderQuantity: null });
      await products().update({ id: p['SOLV-55'].id }, { published: true });
    }

    // A requisitioner sees the lines and their issues, never a price.
    const requisitioner = await portal.signedIn('requisitioner@acme.example');
    const blind = await requisitioner.request(ESTIMATE, { id: templateId });
    expect(blind.data?.node.estimate.lines[0]).toMatchObject({
      product: { sku: 'CUP-12' },
      unitPrice: null,
      lineTotal: null,
      issues: [],
    });
    expect(blind.data?.node.estimate.total).toBeNull();
    expect(
      blind.errors?.every((e: { extensions?: { code?: string } }) => e.extensions?.code === 'FORBIDDEN'),
    ).toBe(true);
    const withoutPrices = await requisitioner.request(
      `query($id: ID!) { node(id: $id) { ... on OrderTemplate { estimate { lines { product { sku } quantity unit { symbol } issues { code } } issues { code } } } } }`,
      { id: templateId },
    );
    expect(withoutPrices.errors).toBeUndefined();
    expect(withoutPrices.data?.node.estimate.lines).toHaveLength(3);

    await buyer.request(DELETE, { input: { templateId } });
  });
});
