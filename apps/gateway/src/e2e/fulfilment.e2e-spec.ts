import { OrderStatus } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { AuditLog, Order, OrderEvent, OrderLine, Shipment, type User } from '../entity';
import { trackingUrlFor } from '../service/orders/fulfilment.service';
import type { GraphQLClient } from '../testing/graphql-client';
import { seedOrderFixture } from '../testing/order-fixture';
import { TEST_NOW, startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const ORDER_FIELDS = `
  id number status availableActions
  shipments { carrier trackingNumber trackingUrl billOfLadingNumber expectedShipDate shippedAt deliveredAt }
  events { status message actor { email } }
`;
const PAYLOAD = `order { ${ORDER_FIELDS} } userErrors { field message code }`;
const START = `mutation($input: OrderActionInput!) { startFulfilment(input: $input) { ${PAYLOAD} } }`;
const SHIP = `mutation($input: ShipOrderInput!) { shipOrder(input: $input) { ${PAYLOAD} } }`;
const DELIVER = `mutation($input: OrderActionInput!) { markDelivered(input: $input) { ${PAYLOAD} } }`;
const CONFIRM = `mutation($input: OrderActionInput!) { confirmReceipt(input: $input) { ${PAYLOAD} } }`;
const REPORT = `mutation($input: ReportIssueInput!) { reportDeliveryIssue(input: $input) { ${PAYLOAD} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} lines { id sku } } }`;

describe('tracking links', () => {
  it('are built from the carrier, and only for carriers we know', () => {
    expect(trackingUrlFor('UPS', '1Z999AA10123456784')).toBe(
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    );
    expect(trackingUrlFor('FedEx Ground', '7489 1234')).toBe(
      'https://www.fedex.com/fedextrack/?trknbr=7489%201234',
    );
    expect(trackingUrlFor('usps', '9400100000000000000000')).toBe(
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000',
    );
    expect(trackingUrlFor('DHL Express', 'JD0146')).toContain('dhl.com');
    expect(trackingUrlFor('Acme Freight', 'X1')).toBeNull();
    expect(trackingUrlFor('UPS', null)).toBeNull();
  });
});

describe.each(testEngines())('fulfilment and tracking on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let viewer: GraphQLClient;
  let requisitioner: GraphQLClient;
  let globexBuyer: GraphQLClient;
  let sales: GraphQLClient;
  let warehouse: GraphQLClient;
  let orderId: string;
  let sequence = 0;

  /** A sales order of the acme buyer (or another author), placed directly in the database. */
  const placeOrder = async (
    author: User = portal.fixture.acme.users.BUYER,
    status: Order['status'] = OrderStatus.SALES_ORDER,
  ): Promise<string> => {
    const ds = portal.runtime.dataSource;
    const now = portal.clock.now();
    sequence += 1;
    const order = await ds.getRepository(Order).save(
      ds.getRepository(Order).create({
        number: `SO-9${String(sequence).padStart(5, '0')}`,
        status,
        channel: 'PORTAL',
        companyId: author.companyId!,
        createdById: author.id,
        assignedToId: null,
        currencyCode: 'USD',
        purchaseOrderNumber: `PO-${sequence}`,
        subtotal: '316.80',
        taxTotal: '0',
        total: '316.80',
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await ds.getRepository(OrderLine).insert({
      orderId: order.id,
      position: 1,
      productId: portal.catalog.products['CUP-12'].id,
      sku: 'CUP-12',
      description: 'Paper cup 12 oz',
      quantity: '30',
      unitId: portal.catalog.units.cs.id,
      baseQuantity: '720',
      unitPrice: '10.56',
      lineTotal: '316.80',
    });
    return toGlobalId('Order', order.id);
  };
  const rowOf = (globalId: string) =>
    portal.runtime.dataSource
      .getRepository(Order)
      .findOneByOrFail({ id: Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]) });

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    [buyer, viewer, requisitioner, globexBuyer, sales, warehouse] = await Promise.all([
      portal.signedIn('buyer@acme.example'),
      portal.signedIn('viewer@acme.example'),
      portal.signedIn('requisitioner@acme.example'),
      portal.signedIn('buyer@globex.example'),
      portal.signedIn('sales@seller.example'),
      portal.signedIn('warehouse@seller.example'),
    ]);
    orderId = await placeOrder();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('lets only the warehouse start fulfilment, per the state machine, with an event and an audit row', async () => {
    for (const client of [sales, buyer, globexBuyer]) {
      const denied = await client.request(START, { input: { orderId } });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const res = await warehouse.request(START, { input: { orderId, comment: 'Picking today' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.startFulfilment.userErrors).toEqual([]);
    expect(res.data?.startFulfilment.order).toMatchObject({ status: 'IN_PROGRESS', shipments: [] });
    expect(res.data?.startFulfilment.order.events.at(-1)).toEqual({
      status: 'IN_PROGRESS',
      message: 'Fulfilment started: Picking today',
      actor: { email: 'warehouse@seller.example' },
    });
    const audit = await portal.runtime.dataSource.getRepository(AuditLog).findOneBy({
      entityType: 'Order',
      entityId: String((await rowOf(orderId)).id),
      action: 'FULFILMENT_STARTED',
    });
    expect(audit).toMatchObject({ actorId: portal.fixture.staff.WAREHOUSE.id });

    const again = await warehouse.request(START, { input: { orderId } });
    expect(again.data?.startFulfilment).toEqual({
      order: null,
      userErrors: [
        {
          code: 'INVALID_STATE',
          field: ['input', 'orderId'],
          message: 'Cannot start fulfilment of an order that is in progress.',
        },
      ],
    });
    const early = await warehouse.request(DELIVER, { input: { orderId } });
    expect(early.data?.markDelivered.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    const unknown = await warehouse.request(START, { input: { orderId: toGlobalId('Order', 999999) } });
    expect(unknown.data?.startFulfilment.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'orderId'] }),
    ]);
  });

  it('ships with carrier, tracking number and link, bill of lading and expected date, and e-mails the author', async () => {
    const events = await portal.runtime.dataSource.getRepository(OrderEvent).count();
    const bad = await warehouse.request(SHIP, {
      input: { orderId, carrier: ' ', trackingNumber: 'bad/number' },
    });
    expect(bad.data?.shipOrder.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'carrier'] }),
      expect.objectContaining({ code: 'INVALID', field: ['input', 'trackingNumber'] }),
    ]);
    expect(await portal.runtime.dataSource.getRepository(Shipment).count()).toBe(0);
    expect(await portal.runtime.dataSource.getRepository(OrderEvent).count()).toBe(events);
    expect(
      (await sales.request(SHIP, { input: { orderId, carrier: 'UPS' } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const sentBefore = portal.mailer.sent.length;
    const res = await warehouse.request(SHIP, {
      input: {
        orderId,
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        billOfLadingNumber: 'BOL-4411',
        expectedShipDate: '2026-11-28',
      },
    });
    expect(res.data?.shipOrder.userErrors).toEqual([]);
    const order = res.data?.shipOrder.order;
    expect(order.status).toBe('SHIPPED');
    expect(order.shipments).toEqual([
      {
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
        billOfLadingNumber: 'BOL-4411',
        expectedShipDate: '2026-11-28',
        shippedAt: TEST_NOW,
        deliveredAt: null,
      },
    ]);
    expect(order.events.at(-1)).toMatchObject({
      status: 'SHIPPED',
      message: 'Shipped with UPS, tracking 1Z999AA10123456784, bill of lading BOL-4411: CUP-12 30 cs',
    });
    expect(portal.mailer.sent).toHaveLength(sentBefore + 1);
    const mail = portal.mailer.lastTo('buyer@acme.example');
    expect(mail?.subject).toBe(`Your order ${order.number} has shipped`);
    expect(mail?.text).toContain('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(mail?.text).toContain('PO-1');
  });

  it('offers the buyer CONFIRM_RECEIPT and REPORT_ISSUE; others cannot act on the order', async () => {
    const actions = (await buyer.request(ORDER, { id: orderId })).data?.order.availableActions;
    expect(actions).toEqual(expect.arrayContaining(['CONFIRM_RECEIPT', 'REPORT_ISSUE']));
    // Another company's buyer and a requisitioner who did not write it: the order does not exist for them.
    for (const client of [globexBuyer, requisitioner]) {
      const res = await client.request(CONFIRM, { input: { orderId } });
      expect(res.data?.confirmReceipt.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'orderId'] }),
      ]);
      const issue = await client.request(REPORT, { input: { orderId, description: 'Broken' } });
      expect(issue.data?.reportDeliveryIssue.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND' }),
      ]);
    }
    // A company viewer may read but not act; staff are not the customer.
    expect((await viewer.request(CONFIRM, { input: { orderId } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await warehouse.request(CONFIRM, { input: { orderId } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await rowOf(orderId)).status).toBe('SHIPPED');
  });

  it('lets the buyer report a delivery issue on lines of that order only, and e-mails sales', async () => {
    const line = (await buyer.request(ORDER, { id: orderId })).data?.order.lines[0];
    const otherOrder = await placeOrder(portal.fixture.globex.users.BUYER);
    const otherLine = (await globexBuyer.request(ORDER, { id: otherOrder })).data?.order.lines[0];

    const foreign = await buyer.request(REPORT, {
      input: { orderId, description: 'Two cases crushed', lineIds: [otherLine.id, 'garbage'] },
    });
    expect(foreign.data?.reportDeliveryIssue.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'lineIds', '0'] }),
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'lineIds', '1'] }),
    ]);
    const empty = await buyer.request(REPORT, { input: { orderId, description: '' } });
    expect(empty.data?.reportDeliveryIssue.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'description'] }),
    ]);

    const res = await buyer.request(REPORT, {
      input: { orderId, description: 'Two cases crushed', lineIds: [line.id] },
    });
    expect(res.data?.reportDeliveryIssue.userErrors).toEqual([]);
    expect(res.data?.reportDeliveryIssue.order).toMatchObject({ status: 'SHIPPED' });
    expect(res.data?.reportDeliveryIssue.order.events.at(-1)).toEqual({
      status: 'SHIPPED',
      message: 'Delivery issue (CUP-12): Two cases crushed',
      actor: { email: 'buyer@acme.example' },
    });
    const mail = portal.mailer.lastTo('sales@seller.example');
    expect(mail?.subject).toMatch(/^Delivery issue reported on SO-9/);
    expect(mail?.text).toContain('Two cases crushed');
  });

  it('lets the buyer confirm receipt: the order is delivered and so is its shipment', async () => {
    const res = await buyer.request(CONFIRM, { input: { orderId, comment: 'All good' } });
    expect(res.data?.confirmReceipt.userErrors).toEqual([]);
    const order = res.data?.confirmReceipt.order;
    expect(order.status).toBe('DELIVERED');
    expect(order.shipments[0].deliveredAt).toBe(TEST_NOW);
    expect(order.events.at(-1)).toEqual({
      status: 'DELIVERED',
      message: 'Receipt confirmed: All good',
      actor: { email: 'buyer@acme.example' },
    });
    expect(order.availableActions).not.toContain('CONFIRM_RECEIPT');
    const again = await buyer.request(CONFIRM, { input: { orderId } });
    expect(again.data?.confirmReceipt.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
  });

  it('lets the warehouse mark a shipment delivered; unknown carriers get no tracking link', async () => {
    const id = await placeOrder(portal.fixture.acme.users.REQUISITIONER);
    await warehouse.request(START, { input: { orderId: id } });
    const shipped = await warehouse.request(SHIP, {
      input: { orderId: id, carrier: 'Acme Freight', trackingNumber: 'AF-1' },
    });
    expect(shipped.data?.shipOrder.order.shipments[0]).toMatchObject({
      carrier: 'Acme Freight',
      trackingUrl: null,
      expectedShipDate: '2026-11-27',
    });
    expect(portal.mailer.lastTo('requisitioner@acme.example')?.subject).toMatch(/has shipped$/);

    const delivered = await warehouse.request(DELIVER, { input: { orderId: id } });
    expect(delivered.data?.markDelivered.userErrors).toEqual([]);
    expect(delivered.data?.markDelivered.order).toMatchObject({
      status: 'DELIVERED',
      shipments: [{ deliveredAt: TEST_NOW }],
    });
    // The requisitioner wrote this order: they may still report an issue with it.
    const issue = await requisitioner.request(REPORT, { input: { orderId: id, description: 'Late' } });
    expect(issue.data?.reportDeliveryIssue.userErrors).toEqual([]);
    // After the warehouse marked it delivered, its author still confirms receipt, once.
    const confirmed = await requisitioner.request(CONFIRM, { input: { orderId: id } });
    expect(confirmed.data?.confirmReceipt.userErrors).toEqual([]);
    expect(confirmed.data?.confirmReceipt.order.status).toBe('DELIVERED');
    expect(
      (await requisitioner.request(CONFIRM, { input: { orderId: id } })).data?.confirmReceipt.userErrors,
    ).toEqual([
      expect.objectContaining({
        code: 'INVALID_STATE',
        message: 'Receipt of this order was already confirmed.',
      }),
    ]);
    const row = await rowOf(id);
    const audit = await portal.runtime.dataSource
      .getRepository(AuditLog)
      .find({ where: { entityType: 'Order', entityId: String(row.id) }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual([
      'FULFILMENT_STARTED',
      'SHIPPED',
      'DELIVERED',
      'ISSUE_REPORTED',
      'RECEIPT_CONFIRMED',
    ]);
  });
});
