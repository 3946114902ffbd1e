import { StockMovementKind, dec, ledgerFigures } from '@portal/domain';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { AuditLog, Company, StockMovement } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { seedOrderFixture } from '../testing/order-fixture';
import { pdfAllText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const ORDER_FIELDS = `id number status expectedShipDate
  lines { id sku quantity unit { symbol } baseQuantity shippedQuantity openQuantity cancelledQuantity backorderedQuantity }
  shipments { id carrier trackingNumber lines { sku quantity baseQuantity unit { symbol } } }`;
const PAYLOAD = `order { ${ORDER_FIELDS} } userErrors { field message code }`;
const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const CANCEL = `mutation($input: OrderActionInput!) { cancelOrder(input: $input) { ${PAYLOAD} } }`;
const REJECT = `mutation($input: OrderActionInput!) { rejectOrder(input: $input) { ${PAYLOAD} } }`;
const START = `mutation($input: OrderActionInput!) { startFulfilment(input: $input) { ${PAYLOAD} } }`;
const SHIP = `mutation($input: ShipOrderInput!) { shipOrder(input: $input) { ${PAYLOAD} } }`;
const SHIP_DATE = `mutation($input: SetExpectedShipDateInput!) { setExpectedShipDate(input: $input) { ${PAYLOAD} } }`;
const CANCEL_OPEN = `mutation($input: OrderActionInput!) { cancelOpenQuantities(input: $input) { ${PAYLOAD} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const AVAILABILITY = `query($sku: String!) { product(sku: $sku) { availability { status quantityAvailable restockDate } } }`;
const STOCK_FIELDS = `id sku stock { onHand reserved available } stockLevels { onHand reserved available location { code isDefault } }
  stockMovements(first: 100) { totalCount edges { node { kind quantity onHandAfter reservedAfter reason order { number } createdBy { email } } } }`;
const STOCK = `query($sku: String!) { product(sku: $sku) { ${STOCK_FIELDS} } }`;
const STOCK_PAYLOAD = `product { ${STOCK_FIELDS} } userErrors { field message code }`;
const RECEIVE = `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { ${STOCK_PAYLOAD} } }`;
const ADJUST = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { ${STOCK_PAYLOAD} } }`;
const INVENTORY = `query($search: String, $lowOnly: Boolean) { inventory(first: 50, search: $search, lowOnly: $lowOnly) { totalCount edges { node { sku stock { available } } } } }`;

interface Movement {
  kind: StockMovementKind;
  quantity: string;
  onHandAfter: string;
  reservedAfter: string;
  reason: string | null;
  order: { number: string } | null;
}
interface Stock {
  id: string;
  stock: { onHand: string; reserved: string; available: string };
  stockMovements: { totalCount: number; edges: { node: Movement }[] };
}

describe.each(testEngines())('inventory on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let warehouse: GraphQLClient;
  let keySeq = 0;
  const key = () => `inventory-${engine}-${++keySeq}`;

  const draft = async (
    client: GraphQLClient,
    lines: { sku: string; quantity: string; unitId?: string }[],
  ) => {
    const res = await client.request(CREATE, { input: { lines } });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    return res.data?.createDraftOrder.order as { id: string; number: string };
  };
  const place = async (
    client: GraphQLClient,
    lines: { sku: string; quantity: string; unitId?: string }[],
  ) => {
    const order = await draft(client, lines);
    const res = await client.request(SUBMIT, { input: { orderId: order.id, idempotencyKey: key() } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitOrder.userErrors, JSON.stringify(res.data?.submitOrder.userErrors)).toEqual([]);
    return res.data?.submitOrder.order;
  };
  const ea = () => toGlobalId('UnitOfMeasure', portal.catalog.units.ea.id);
  const available = async (client: GraphQLClient, sku: string) =>
    (await client.request(AVAILABILITY, { sku })).data?.product.availability.quantityAvailable as string;
  const stockOf = async (sku: string) => (await warehouse.request(STOCK, { sku })).data?.product as Stock;
  /** The ledger adds up to the figures of the stock rows. */
  const expectLedgerConsistent = (stock: Stock) => {
    const movements = stock.stockMovements.edges.map((e) => e.node);
    const sum = ledgerFigures(movements);
    expect(sum.onHand.eq(dec(stock.stock.onHand)), `on hand of ${JSON.stringify(stock.stock)}`).toBe(true);
    expect(sum.reserved.eq(dec(stock.stock.reserved))).toBe(true);
    expect(dec(stock.stock.available).eq(dec(stock.stock.onHand).minus(dec(stock.stock.reserved)))).toBe(
      true,
    );
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    // Small orders are the point here: no minimum order value.
    await portal.runtime.dataSource
      .getRepository(Company)
      .update(
        { id: In([portal.fixture.acme.company.id, portal.fixture.globex.company.id]) },
        { minimumOrderValue: null },
      );
    [buyer, warehouse] = await Promise.all([
      portal.sessionOf('buyer@acme.example'),
      portal.sessionOf('warehouse@seller.example'),
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('lets two companies race for the last units: at most what is available is sold', async () => {
    const clients = await Promise.all(
      ['buyer@acme.example', 'admin@acme.example', 'buyer@globex.example', 'admin@globex.example'].map((e) =>
        portal.sessionOf(e),
      ),
    );
    // 300 on hand; the warehouse counts 60 (two orders' worth).
    const counted = await warehouse.request(ADJUST, {
      input: {
        productId: toGlobalId('Product', portal.catalog.products['DEGR-1'].id),
        quantity: '-240',
        reason: 'Cycle count',
      },
    });
    expect(counted.data?.adjustStock.userErrors).toEqual([]);
    const drafts = await Promise.all(clients.map((c) => draft(c, [{ sku: 'DEGR-1', quantity: '30' }])));
    const results = await Promise.all(
      clients.map((c, i) => c.request(SUBMIT, { input: { orderId: drafts[i]!.id, idempotencyKey: key() } })),
    );
    const placed = results.filter((r) => r.data?.submitOrder.userErrors.length === 0);
    const refused = results.filter((r) => r.data?.submitOrder.userErrors.length > 0);
    expect(placed).toHaveLength(2);
    expect(refused.map((r) => r.data?.submitOrder.userErrors[0].code)).toEqual([
      'NOT_AVAILABLE',
      'NOT_AVAILABLE',
    ]);
    expect(refused[0]!.data?.submitOrder.userErrors[0].message).toMatch(/DEGR-1/);
    const stock = await stockOf('DEGR-1');
    expect(stock.stock).toEqual({ onHand: '60', reserved: '60', available: '0' });
    expectLedgerConsistent(stock);
    expect(await available(buyer, 'DEGR-1')).toBe('0');
  });

  it('takes availability on order and gives it back on cancel and on reject', async () => {
    const before = await available(buyer, 'CUP-16');
    expect(before).toBe('5000');
    const order = await place(buyer, [{ sku: 'CUP-16', quantity: '200', unitId: ea() }]);
    expect(order.status).toBe('SALES_ORDER');
    expect(await available(buyer, 'CUP-16')).toBe('4800');
    const cancelled = await buyer.request(CANCEL, { input: { orderId: order.id } });
    expect(cancelled.data?.cancelOrder.userErrors).toEqual([]);
    expect(await available(buyer, 'CUP-16')).toBe('5000');

    // A requisitioner's order waits for approval holding its stock; rejecting it releases it.
    const requisitioner = await portal.sessionOf('requisitioner@acme.example');
    const pending = await place(requisitioner, [{ sku: 'CUP-16', quantity: '100', unitId: ea() }]);
    expect(pending.status).toBe('PENDING_APPROVAL');
    expect(await available(buyer, 'CUP-16')).toBe('4900');
    const approver = await portal.sessionOf('approver@acme.example');
    const rejected = await approver.request(REJECT, {
      input: { orderId: pending.id, comment: 'Not this month' },
    });
    expect(rejected.data?.rejectOrder.userErrors).toEqual([]);
    expect(await available(buyer, 'CUP-16')).toBe('5000');

    const stock = await stockOf('CUP-16');
    expect(stock.stock).toEqual({ onHand: '5000', reserved: '0', available: '5000' });
    expect(stock.stockMovements.edges.map((e) => [e.node.kind, e.node.quantity])).toEqual([
      ['RELEASE', '100'],
      ['RESERVATION', '100'],
      ['RELEASE', '200'],
      ['RESERVATION', '200'],
      ['RECEIPT', '5000'],
    ]);
    expectLedgerConsistent(stock);
  });

  it('ships part of a line and some lines: the rest stays open, IN_PROGRESS until nothing is left, then SHIPPED', async () => {
    const cs = toGlobalId('UnitOfMeasure', portal.catalog.units.cs.id);
    const order = await place(buyer, [
      { sku: 'CUP-12', quantity: '5', unitId: cs },
      { sku: 'LID-12', quantity: '2', unitId: cs },
    ]);
    const [cups, lids] = order.lines;
    expect(await available(buyer, 'CUP-12')).toBe('9880');
    expect(
      (await warehouse.request(START, { input: { orderId: order.id } })).data?.startFulfilment.userErrors,
    ).toEqual([]);
    const dated = await warehouse.request(SHIP_DATE, {
      input: { orderId: order.id, expectedShipDate: '2026-12-02' },
    });
    expect(dated.data?.setExpectedShipDate.userErrors).toEqual([]);

    const first = await warehouse.request(SHIP, {
      input: {
        orderId: order.id,
        carrier: 'UPS',
        trackingNumber: '1Z1',
        lines: [{ lineId: cups.id, quantity: '2' }],
      },
    });
    expect(first.data?.shipOrder.userErrors).toEqual([]);
    const partly = first.data?.shipOrder.order;
    expect(partly.status).toBe('IN_PROGRESS');
    expect(
      partly.lines.map((l: { shippedQuantity: string; openQuantity: string }) => [
        l.shippedQuantity,
        l.openQuantity,
      ]),
    ).toEqual([
      ['2', '3'],
      ['0', '2'],
    ]);
    expect(partly.shipments[0].lines).toEqual([
      { sku: 'CUP-12', quantity: '2', baseQuantity: '48', unit: { symbol: 'cs' } },
    ]);
    const mail = portal.mailer.sent.at(-1)!;
    expect(mail.subject).toBe(`Part of your order ${order.number} has shipped`);
    expect(mail.text).toContain('Still to come: CUP-12 3 cs, LID-12 2 cs (expected to ship on 2026-12-02).');

    // The buyer sees what shipped and what is to come, and when.
    const seen = (await buyer.request(ORDER, { id: order.id })).data?.order;
    expect(seen).toMatchObject({ status: 'IN_PROGRESS', expectedShipDate: '2026-12-02' });
    expect(seen.lines.map((l: { openQuantity: string }) => l.openQuantity)).toEqual(['3', '2']);

    // Bad input: more than is open, fractions of a case, a line of another order; nothing written.
    const movements = await portal.runtime.dataSource.getRepository(StockMovement).count();
    const bad = await warehouse.request(SHIP, {
      input: {
        orderId: order.id,
        carrier: 'UPS',
        lines: [
          { lineId: cups.id, quantity: '4' },
          { lineId: lids.id, quantity: '0.5' },
          { lineId: toGlobalId('OrderLine', 999999), quantity: '1' },
        ],
      },
    });
    expect(bad.data?.shipOrder.userErrors).toEqual([
      {
        field: ['input', 'lines', '0', 'quantity'],
        code: 'INVALID',
        message: 'CUP-12: only 3 cs left to ship, not 4 cs.',
      },
      {
        field: ['input', 'lines', '1', 'quantity'],
        code: 'INVALID',
        message: 'LID-12 ships in steps of 1 cs.',
      },
      { field: ['input', 'lines', '2', 'lineId'], code: 'NOT_FOUND', message: 'No such line on this order.' },
    ]);
    expect(await portal.runtime.dataSource.getRepository(StockMovement).count()).toBe(movements);

    const rest = await warehouse.request(SHIP, {
      input: { orderId: order.id, carrier: 'FedEx', trackingNumber: '7489' },
    });
    expect(rest.data?.shipOrder.userErrors).toEqual([]);
    const shipped = rest.data?.shipOrder.order;
    expect(shipped.status).toBe('SHIPPED');
    expect(shipped.shipments.map((s: { carrier: string }) => s.carrier)).toEqual(['UPS', 'FedEx']);
    expect(
      shipped.shipments[1].lines.map((l: { sku: string; quantity: string }) => [l.sku, l.quantity]),
    ).toEqual([
      ['CUP-12', '3'],
      ['LID-12', '2'],
    ]);
    const cupStock = await stockOf('CUP-12');
    expect(cupStock.stock).toEqual({ onHand: '9880', reserved: '0', available: '9880' });
    expect(
      cupStock.stockMovements.edges
        .slice(0, 3)
        .map((e) => [e.node.kind, e.node.quantity, e.node.order?.number]),
    ).toEqual([
      ['SHIPMENT', '72', order.number],
      ['SHIPMENT', '48', order.number],
      ['RESERVATION', '120', order.number],
    ]);
    expectLedgerConsistent(cupStock);
    const again = await warehouse.request(SHIP, { input: { orderId: order.id, carrier: 'UPS' } });
    expect(again.data?.shipOrder.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

    // Each shipment has its own delivery slip, carrying only what that shipment carried.
    const documents = (
      await buyer.request('query($id: ID!) { order(id: $id) { documents { kind title url } } }', {
        id: order.id,
      })
    ).data?.order.documents as { kind: string; title: string; url: string }[];
    const slips = documents.filter((d) => d.kind === 'DELIVERY_SLIP');
    expect(slips.map((d) => d.title)).toEqual([
      `Delivery slip ${order.number}-1`,
      `Delivery slip ${order.number}-2`,
    ]);
    const slipText = async (url: string) => {
      const res = await fetch(`${portal.url}${url}`, { headers: { cookie: buyer.sessionCookie ?? '' } });
      expect(res.status).toBe(200);
      return pdfAllText(Buffer.from(await res.arrayBuffer()));
    };
    const [firstSlip, secondSlip] = [await slipText(slips[0]!.url), await slipText(slips[1]!.url)];
    expect(firstSlip).toContain('Carrier: UPS');
    expect(firstSlip).toContain('Tracking number: 1Z1');
    expect(firstSlip).toMatch(/CUP-12[\s\S]*\b2 cs/);
    expect(firstSlip).not.toContain('LID-12');
    expect(secondSlip).toContain('Carrier: FedEx');
    expect(secondSlip).toMatch(/CUP-12[\s\S]*\b3 cs/);
    expect(secondSlip).toMatch(/LID-12[\s\S]*\b2 cs/);
    expect(secondSlip).not.toContain('1Z1');
  });

  it('places a backorder where the policy allows it, ships what arrives and gives up the rest', async () => {
    const order = await place(buyer, [{ sku: 'OOS-BACK', quantity: '40' }]);
    expect(order.status).toBe('SALES_ORDER');
    expect(order.lines[0].backorderedQuantity).toBe('40');
    const received = await warehouse.request(RECEIVE, {
      input: {
        productId: toGlobalId('Product', portal.catalog.products['OOS-BACK'].id),
        quantity: '25',
        restockDate: '2026-12-20',
        note: 'Supplier delivery note 7781',
      },
    });
    expect(received.data?.receiveStock.userErrors).toEqual([]);
    expect(received.data?.receiveStock.product.stock).toEqual({
      onHand: '25',
      reserved: '40',
      available: '-15',
    });
    // Buyers see no stock to promise, and when the rest is expected.
    expect((await buyer.request(AVAILABILITY, { sku: 'OOS-BACK' })).data?.product.availability).toEqual({
      status: 'BACKORDER',
      quantityAvailable: '0',
      restockDate: '2026-12-20',
    });
    await warehouse.request(START, { input: { orderId: order.id } });
    const line = order.lines[0].id;
    const tooMuch = await warehouse.request(SHIP, {
      input: { orderId: order.id, carrier: 'UPS', lines: [{ lineId: line, quantity: '30' }] },
    });
    expect(tooMuch.data?.shipOrder.userErrors).toEqual([
      {
        field: ['input', 'lines', '0', 'quantity'],
        code: 'NOT_AVAILABLE',
        message: 'OOS-BACK: Only 25 ea are on hand; cannot ship 30 ea.',
      },
    ]);
    const part = await warehouse.request(SHIP, {
      input: { orderId: order.id, carrier: 'UPS', lines: [{ lineId: line, quantity: '25' }] },
    });
    expect(part.data?.shipOrder.order.status).toBe('IN_PROGRESS');
    const closed = await warehouse.request(CANCEL_OPEN, {
      input: { orderId: order.id, comment: 'Discontinued by the supplier' },
    });
    expect(closed.data?.cancelOpenQuantities.userErrors).toEqual([]);
    expect(closed.data?.cancelOpenQuantities.order).toMatchObject({
      status: 'SHIPPED',
      lines: [{ shippedQuantity: '25', cancelledQuantity: '15', openQuantity: '0' }],
    });
    const stock = await stockOf('OOS-BACK');
    expect(stock.stock).toEqual({ onHand: '0', reserved: '0', available: '0' });
    expectLedgerConsistent(stock);
  });

  it('receives and adjusts stock with a reason; the ledger adds up to on hand; bad input writes nothing', async () => {
    const productId = toGlobalId('Product', portal.catalog.products['SOLV-5'].id);
    const receipt = await warehouse.request(RECEIVE, {
      input: { productId, quantity: '500', note: 'PO 4411' },
    });
    expect(receipt.data?.receiveStock.userErrors).toEqual([]);
    const adjusted = await warehouse.request(ADJUST, {
      input: { productId, quantity: '-20', reason: 'Damaged drums' },
    });
    expect(adjusted.data?.adjustStock.userErrors).toEqual([]);
    const stock = adjusted.data?.adjustStock.product as Stock;
    expect(stock.stock).toEqual({ onHand: '680', reserved: '0', available: '680' });
    expect(stock.stockMovements.edges.map((e) => [e.node.kind, e.node.quantity, e.node.reason])).toEqual([
      ['ADJUSTMENT', '-20', 'Damaged drums'],
      ['RECEIPT', '500', 'PO 4411'],
      ['RECEIPT', '200', 'Opening stock'],
    ]);
    expectLedgerConsistent(stock);
    const audit = await portal.runtime.dataSource
      .getRepository(AuditLog)
      .findBy({ entityType: 'Product', entityId: String(portal.catalog.products['SOLV-5'].id) });
    expect(audit.map((a) => a.action)).toEqual(['stock_receipt', 'stock_adjustment']);

    // An order reserves 100; the count may not go below that.
    await place(buyer, [{ sku: 'SOLV-5', quantity: '100' }]);
    const movements = await portal.runtime.dataSource.getRepository(StockMovement).count();
    const refusals = [
      [RECEIVE, { productId, quantity: '0' }, 'The quantity must be other than 0.'],
      [RECEIVE, { productId, quantity: '-5' }, 'The quantity must be more than 0.'],
      [
        RECEIVE,
        { productId: toGlobalId('Product', portal.catalog.products['DEGR-1'].id), quantity: '2.5' },
        'Stock of this product moves in steps of 1 ea.',
      ],
      [
        ADJUST,
        { productId, quantity: '-600', reason: 'Count' },
        '100 gal are reserved for orders; on hand cannot go below that (it would be 80 gal).',
      ],
      [
        ADJUST,
        { productId, quantity: '-700', reason: 'Count' },
        'Only 680 gal are on hand; on hand cannot go below 0.',
      ],
    ] as const;
    for (const [mutation, input, message] of refusals) {
      const res = await warehouse.request(mutation, { input });
      const payload = res.data?.receiveStock ?? res.data?.adjustStock;
      expect(payload.userErrors).toEqual([{ field: ['input', 'quantity'], code: 'INVALID', message }]);
      expect(payload.product).toBeNull();
    }
    const noReason = await warehouse.request(ADJUST, { input: { productId, quantity: '-1', reason: ' ' } });
    expect(noReason.data?.adjustStock.userErrors[0]).toMatchObject({
      field: ['input', 'reason'],
      code: 'INVALID',
    });
    expect(await portal.runtime.dataSource.getRepository(StockMovement).count()).toBe(movements);

    // Only the warehouse (INVENTORY_MANAGE) receives, adjusts and reads the ledger.
    const sales = await portal.sessionOf('sales@seller.example');
    for (const client of [buyer, sales]) {
      const res = await client.request(RECEIVE, { input: { productId, quantity: '1' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const read = await client.request(
        `query($sku: String!) { product(sku: $sku) { sku stock { onHand } } }`,
        { sku: 'SOLV-5' },
      );
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await portal.runtime.dataSource.getRepository(StockMovement).count()).toBe(movements);
    const low = await warehouse.request(INVENTORY, { lowOnly: true });
    expect(low.data?.inventory.edges.map((e: { node: { sku: string } }) => e.node.sku)).toContain('NAPKIN-W');
    expect(low.data?.inventory.edges.map((e: { node: { sku: string } }) => e.node.sku)).not.toContain(
      'CUP-12',
    );
  });
});
