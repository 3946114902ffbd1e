import { OrderStatus } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOfType, toGlobalId } from '../common/node-id';
import {
  Approval,
  AuditLog,
  Company,
  CompanyApprovalRule,
  IdempotencyKey,
  Order,
  OrderEvent,
  User,
} from '../entity';
import { RequestContext, Viewer } from '../context';
import type { GraphQLClient } from '../testing/graphql-client';
import { only } from '../testing/items';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, testExchange, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const APPROVE = `mutation($input: OrderActionInput!) { approveOrder(input: $input) { ${PAYLOAD} } }`;
const REJECT = `mutation($input: OrderActionInput!) { rejectOrder(input: $input) { ${PAYLOAD} } }`;
const APPROVE_MANY = `mutation($input: OrdersDecisionInput!) { approveOrders(input: $input) { orders { id status } userErrors { field message code } } }`;
const CANCEL = `mutation($input: OrderActionInput!) { cancelOrder(input: $input) { ${PAYLOAD} } }`;
const ADD = `mutation($input: AddOrderLinesInput!) { addOrderLines(input: $input) { ${PAYLOAD} } }`;
const ORDER = `query($id: ID, $number: String) { order(id: $id, number: $number) { id number status availableActions approval { status reason } } }`;
const QUEUE = `query { approvalQueue(first: 10) { totalCount edges { node { id number status approval { reason requestedBy { email } } } } } }`;

describe.each(testEngines())('submitting and approving orders on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let approver: GraphQLClient;
  let admin: GraphQLClient;
  let requisitioner: GraphQLClient;
  let keySeq = 0;
  const key = () => `key-${engine}-${++keySeq}`;
  const repo = <T extends object>(entity: new () => T) => portal.runtime.dataSource.getRepository(entity);

  const draft = async (client: GraphQLClient, lines: { sku: string; quantity: string }[]) => {
    const res = await client.request(CREATE, { input: { lines } });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    return res.data?.createDraftOrder.order as { id: string; number: string };
  };
  const submit = (client: GraphQLClient, orderId: string, idempotencyKey = key()) =>
    client.request(SUBMIT, { input: { orderId, idempotencyKey } });

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    [buyer, approver, admin, requisitioner] = await Promise.all([
      portal.signedIn('buyer@acme.example'),
      portal.signedIn('approver@acme.example'),
      portal.signedIn('admin@acme.example'),
      portal.signedIn('requisitioner@acme.example'),
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('places a buyer order as a SALES_ORDER with a gap-free SO number; a retry with the same key returns the first result', async () => {
    const order = await draft(buyer, [{ sku: 'CUP-12', quantity: '30' }]);
    const k = key();
    const first = await submit(buyer, order.id, k);
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitOrder.userErrors).toEqual([]);
    const placed = first.data?.submitOrder.order;
    expect(placed).toMatchObject({
      id: order.id,
      status: 'SALES_ORDER',
      number: 'SO-000001',
      approval: null,
    });
    expect(placed.submittedAt).toBe('2026-11-27T09:00:00.000Z');
    expect(placed.events.map((e: { status: string }) => e.status)).toEqual(['DRAFT', 'SALES_ORDER']);
    expect(placed.availableActions).toEqual(
      expect.arrayContaining(['CANCEL', 'REORDER', 'SAVE_AS_TEMPLATE']),
    );
    expect(placed.availableActions).not.toContain('SUBMIT');

    const retry = await submit(buyer, order.id, k);
    expect(retry.data?.submitOrder).toEqual(first.data?.submitOrder);
    expect(
      await repo(OrderEvent).countBy({
        orderId: placed && Number(Buffer.from(order.id, 'base64url').toString().split(':')[1]),
      }),
    ).toBe(2);

    const other = await draft(buyer, [{ sku: 'CUP-12', quantity: '30' }]);
    const reused = await submit(buyer, other.id, k);
    expect(reused.data?.submitOrder.userErrors).toEqual([
      {
        field: ['input', 'idempotencyKey'],
        code: 'ALREADY_EXISTS',
        message: 'This idempotency key was already used for another order.',
      },
    ]);

    // Submitting a placed order again with a new key is an action in the wrong state.
    const again = await submit(buyer, order.id);
    expect(again.data?.submitOrder.userErrors).toEqual([
      {
        field: ['input', 'orderId'],
        code: 'INVALID_STATE',
        message: 'Cannot submit an order that is a confirmed sales order.',
      },
    ]);
    const audit = await repo(AuditLog).findBy({ entityType: 'Order', action: 'SUBMITTED' });
    expect(audit.length).toBe(1);
  });

  it('places ONE order when two submits of one cart race (different keys), and keeps numbers gap-free', async () => {
    const order = await draft(buyer, [{ sku: 'CUP-16', quantity: '30' }]);
    const [a, b] = await Promise.all([submit(buyer, order.id), submit(buyer, order.id)]);
    const payloads = [a.data?.submitOrder, b.data?.submitOrder];
    const winners = payloads.filter((p) => p.order?.status === 'SALES_ORDER');
    const losers = payloads.filter((p) => p.order === null);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].userErrors[0].code).toBe('INVALID_STATE');
    expect(winners[0].order.number).toBe('SO-000002');
    const next = await draft(buyer, [{ sku: 'CUP-16', quantity: '30' }]);
    expect((await submit(buyer, next.id)).data?.submitOrder.order.number).toBe('SO-000003');
  });

  it('answers two concurrent submits with the same key with the same single order', async () => {
    const order = await draft(buyer, [{ sku: 'LID-12', quantity: '30' }]);
    const k = key();
    const [a, b] = await Promise.all([submit(buyer, order.id, k), submit(buyer, order.id, k)]);
    expect(a.data?.submitOrder.userErrors).toEqual([]);
    expect(b.data?.submitOrder.userErrors).toEqual([]);
    expect(a.data?.submitOrder.order.number).toBe(b.data?.submitOrder.order.number);
    expect(await repo(IdempotencyKey).countBy({ key: k })).toBe(1);
  });

  it('answers a duplicate that read the draft before the first submit committed with the placed order', async () => {
    // On a cluster node the duplicate may read the order before the first submit's commit
    // arrives, and the settled key after it: the answer must come from the committed rows.
    const order = await draft(buyer, [{ sku: 'LID-12', quantity: '30' }]);
    const k = key();
    const user = await repo(User).findOneByOrFail({ email: 'buyer@acme.example' });
    const ctx = new RequestContext(portal.runtime, new Viewer(user, 'session', 0), testExchange());
    const id = idOfType(order.id, 'Order')!;
    expect((await ctx.loaders.load(Order, id))?.status).toBe(OrderStatus.DRAFT);
    const first = await submit(buyer, order.id, k);
    const placed = first.data?.submitOrder.order as { number: string };
    expect(placed.number).toMatch(/^SO-/);
    const replay = await portal.services.placement.submit(ctx, { orderId: order.id, idempotencyKey: k });
    expect(replay.userErrors).toEqual([]);
    expect(replay.order).toMatchObject({ number: placed.number, status: OrderStatus.SALES_ORDER });
  });

  it('refuses a draft with blocking issues and changes nothing', async () => {
    const order = await draft(buyer, [{ sku: 'SOLV-55', quantity: '40' }]);
    const eventsBefore = await repo(OrderEvent).count();
    const res = await submit(buyer, order.id);
    expect(res.data?.submitOrder.order).toBeNull();
    expect(res.data?.submitOrder.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'BELOW_MINIMUM_QUANTITY',
      'NOT_A_MULTIPLE',
      'BELOW_MINIMUM_ORDER_VALUE',
    ]);
    expect((await buyer.request(ORDER, { id: order.id })).data?.order).toMatchObject({
      status: 'DRAFT',
      number: order.number,
    });
    expect(await repo(OrderEvent).count()).toBe(eventsBefore);
    expect(await repo(IdempotencyKey).countBy({ key: `key-${engine}-${keySeq}` })).toBe(0);
  });

  it("sends a requisitioner's order for approval, mails the approvers, and lets an approver approve it", async () => {
    portal.mailer.sent.length = 0;
    const order = await draft(requisitioner, [{ sku: 'DEGR-1', quantity: '50' }]);
    const res = await submit(requisitioner, order.id);
    expect(res.data?.submitOrder.userErrors).toEqual([]);
    const pending = res.data?.submitOrder.order;
    expect(pending).toMatchObject({
      status: 'PENDING_APPROVAL',
      approval: {
        status: 'PENDING',
        reason: 'Drafted by a requisitioner',
        requestedBy: { email: 'requisitioner@acme.example' },
        decidedBy: null,
      },
    });
    expect(pending.number).toMatch(/^SO-/);
    expect(portal.mailer.sent.map((m) => m.to).sort()).toEqual([
      'admin@acme.example',
      'approver@acme.example',
    ]);
    expect(portal.mailer.lastTo('approver@acme.example')?.subject).toContain(
      `Approval needed: order ${pending.number}`,
    );

    // Buyers see only their own orders: the requisitioner's is like a missing one to them.
    expect((await buyer.request(ORDER, { id: pending.id })).data?.order).toBeNull();
    const queue = await approver.request(QUEUE);
    expect(queue.data?.approvalQueue.edges.map((e: { node: { number: string } }) => e.node.number)).toContain(
      pending.number,
    );
    expect(
      (await requisitioner.request(APPROVE, { input: { orderId: pending.id } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const globexApprover = await portal.signedIn('approver@globex.example');
    expect(
      (await globexApprover.request(APPROVE, { input: { orderId: pending.id } })).data?.approveOrder
        .userErrors[0],
    ).toMatchObject({ code: 'NOT_FOUND' });

    const approved = await approver.request(APPROVE, {
      input: { orderId: pending.id, comment: 'OK for the kitchen' },
    });
    expect(approved.data?.approveOrder.userErrors).toEqual([]);
    expect(approved.data?.approveOrder.order).toMatchObject({
      status: 'SALES_ORDER',
      approval: {
        status: 'APPROVED',
        comment: 'OK for the kitchen',
        decidedBy: { email: 'approver@acme.example' },
      },
    });
    expect(portal.mailer.lastTo('requisitioner@acme.example')?.subject).toBe(
      `Order ${pending.number} was approved`,
    );
    // The approver still sees what they decided.
    expect((await approver.request(ORDER, { number: pending.number })).data?.order.status).toBe(
      'SALES_ORDER',
    );
  });

  it('sends a buyer order above the rule threshold for approval; of two approvers deciding at once exactly one wins', async () => {
    const order = await draft(buyer, [{ sku: 'MTO-SIGN', quantity: '50' }]);
    const res = await submit(buyer, order.id);
    expect(res.data?.submitOrder.order.approval.reason).toBe(
      'Order total 6,170.25 USD is above 5,000.00 USD',
    );
    const [a, b] = await Promise.all([
      approver.request(APPROVE, { input: { orderId: order.id } }),
      admin.request(REJECT, { input: { orderId: order.id, comment: 'Too much' } }),
    ]);
    const results = [a.data?.approveOrder, b.data?.rejectOrder];
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'INVALID_STATE')).toHaveLength(1);
    const approvals = await repo(Approval).find({
      where: { orderId: Number(Buffer.from(order.id, 'base64url').toString().split(':')[1]) },
    });
    expect(approvals).toHaveLength(1);
    expect(only(approvals).status).not.toBe('PENDING');
  });

  it('sends an order with a product under a restricted category (two levels down) for approval, naming the category', async () => {
    // Kitchen > Disposables > Cups: a rule on Kitchen holds cups; Cleaning is outside it.
    const rule = await repo(CompanyApprovalRule).save({
      companyId: portal.fixture.acme.company.id,
      orderTotalAbove: null,
      lineCountAbove: null,
      categoryId: portal.catalog.categories.kitchen.id,
    });
    try {
      const held = await submit(buyer, (await draft(buyer, [{ sku: 'CUP-12', quantity: '30' }])).id);
      expect(held.data?.submitOrder.order).toMatchObject({
        status: OrderStatus.PENDING_APPROVAL,
        approval: { reason: 'Contains products of the restricted category Kitchen' },
      });
      const free = await submit(buyer, (await draft(buyer, [{ sku: 'DEGR-1', quantity: '50' }])).id);
      expect(free.data?.submitOrder.userErrors).toEqual([]);
      expect(free.data?.submitOrder.order.status).toBe(OrderStatus.SALES_ORDER);
    } finally {
      // The later tests count on the fixture's rules as they were.
      await repo(CompanyApprovalRule).delete({ id: rule.id });
    }
  });

  it('checks the credit limit again when approving: credit used since the request refuses the approval', async () => {
    const order = await draft(requisitioner, [{ sku: 'DEGR-1', quantity: '50' }]);
    const pending = (await submit(requisitioner, order.id)).data?.submitOrder.order;
    expect(pending.status).toBe('PENDING_APPROVAL');
    const company = await repo(Company).findOneByOrFail({ name: 'Acme Restaurant Group' });
    const creditLimit = company.creditLimit;
    await repo(Company).update(company.id, { creditLimit: '1.00' });
    try {
      const refused = (await approver.request(APPROVE, { input: { orderId: pending.id } })).data
        ?.approveOrder;
      expect(refused.userErrors[0]).toMatchObject({ code: 'CREDIT_LIMIT_EXCEEDED' });
      expect((await approver.request(ORDER, { id: pending.id })).data?.order).toMatchObject({
        status: 'PENDING_APPROVAL',
        approval: { status: 'PENDING' },
      });
    } finally {
      await repo(Company).update(company.id, { creditLimit });
    }
    const approved = (await approver.request(APPROVE, { input: { orderId: pending.id } })).data?.approveOrder;
    expect(approved.userErrors).toEqual([]);
    expect(approved.order.status).toBe('SALES_ORDER');
  });

  it('returns a rejected order to its author as an editable draft', async () => {
    const order = await draft(buyer, [{ sku: 'MTO-SIGN', quantity: '50' }]);
    await submit(buyer, order.id);
    // A rejection says why: its author reads the reason.
    for (const comment of [undefined, '  ']) {
      const silent = await approver.request(REJECT, { input: { orderId: order.id, comment } });
      expect(silent.data?.rejectOrder).toEqual({
        order: null,
        userErrors: [
          {
            field: ['input', 'comment'],
            code: 'INVALID',
            message: 'Say why the order is rejected: its author reads your reason.',
          },
        ],
      });
    }
    const rejected = await approver.request(REJECT, {
      input: { orderId: order.id, comment: 'Split it in two' },
    });
    expect(rejected.data?.rejectOrder.order).toMatchObject({
      status: 'DRAFT',
      approval: { status: 'REJECTED', comment: 'Split it in two' },
    });
    expect(portal.mailer.lastTo('buyer@acme.example')?.text).toContain('Reason: Split it in two');
    const again = await buyer.request(ORDER, { id: order.id });
    expect(again.data?.order.availableActions).toEqual(expect.arrayContaining(['EDIT', 'SUBMIT']));
    const edited = await buyer.request(ADD, {
      input: { orderId: order.id, lines: [{ sku: 'CUP-12', quantity: '1' }] },
    });
    expect(edited.data?.addOrderLines.userErrors).toEqual([]);
    // Nobody approves their own order: an admin's own order over the threshold waits for another approver.
    const own = await draft(admin, [{ sku: 'MTO-SIGN', quantity: '50' }]);
    await submit(admin, own.id);
    const self = await admin.request(APPROVE, { input: { orderId: own.id } });
    expect(self.data?.approveOrder.userErrors[0]).toMatchObject({
      code: 'FORBIDDEN',
      message: 'You cannot approve your own order; another approver has to.',
    });
  });

  it('approves a selection at once, all or none', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const order = await draft(requisitioner, [{ sku: 'DEGR-1', quantity: '50' }]);
      await submit(requisitioner, order.id);
      ids.push(order.id);
    }
    const placed = await draft(buyer, [{ sku: 'CUP-12', quantity: '30' }]);
    await submit(buyer, placed.id);
    const mixed = await approver.request(APPROVE_MANY, { input: { orderIds: [...ids, placed.id] } });
    expect(mixed.data?.approveOrders).toEqual({
      orders: [],
      userErrors: [{ field: ['input', 'orderIds', '2'], code: 'NOT_FOUND', message: 'No such order.' }],
    });
    const admins = await admin.request(APPROVE_MANY, { input: { orderIds: [...ids, placed.id] } });
    expect(admins.data?.approveOrders.userErrors).toEqual([
      {
        field: ['input', 'orderIds', '2'],
        code: 'INVALID_STATE',
        message: 'Cannot approve an order that is a confirmed sales order.',
      },
    ]);
    expect((await approver.request(ORDER, { id: ids[0] })).data?.order.status).toBe('PENDING_APPROVAL');
    const ok = await approver.request(APPROVE_MANY, { input: { orderIds: ids, comment: 'Both fine' } });
    expect(ok.data?.approveOrders.userErrors).toEqual([]);
    expect(ok.data?.approveOrders.orders.map((o: { status: string }) => o.status)).toEqual([
      'SALES_ORDER',
      'SALES_ORDER',
    ]);
  });

  it('cancels: the buyer their own order, viewers not at all, and never twice', async () => {
    const order = await draft(buyer, [{ sku: 'CUP-12', quantity: '30' }]);
    await submit(buyer, order.id);
    const viewer = await portal.signedIn('viewer@acme.example');
    expect(
      (await viewer.request(CANCEL, { input: { orderId: order.id } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const cancelled = await buyer.request(CANCEL, { input: { orderId: order.id, comment: 'Ordered twice' } });
    expect(cancelled.data?.cancelOrder.order).toMatchObject({ status: 'CANCELLED' });
    expect(cancelled.data?.cancelOrder.order.events.at(-1)).toEqual({
      status: 'CANCELLED',
      message: 'Ordered twice',
      actor: { email: 'buyer@acme.example' },
    });
    const twice = await buyer.request(CANCEL, { input: { orderId: order.id } });
    expect(twice.data?.cancelOrder.userErrors[0].code).toBe('INVALID_STATE');
    expect(await repo(AuditLog).countBy({ entityType: 'Order', action: 'CANCELLED' })).toBe(1);
    expect(await repo(Order).countBy({ status: OrderStatus.CANCELLED })).toBe(1);
  });

  it('treats order ids of another company exactly like missing ones', async () => {
    const order = await draft(buyer, [{ sku: 'CUP-12', quantity: '30' }]);
    const globexAdmin = await portal.signedIn('admin@globex.example');
    const foreign = await globexAdmin.request(ORDER, { id: order.id });
    const missing = await globexAdmin.request(ORDER, { id: toGlobalId('Order', 999_999) });
    expect(foreign).toMatchObject({ data: { order: null } });
    expect(foreign.data).toEqual(missing.data);
    expect((await globexAdmin.request(ORDER, { number: order.number })).data?.order).toBeNull();
    const node = await globexAdmin.request('query($id: ID!) { node(id: $id) { id } }', { id: order.id });
    expect(node.data?.node).toBeNull();
    const own = await buyer.request('query($id: ID!) { node(id: $id) { ... on Order { number } } }', {
      id: order.id,
    });
    expect(own.data?.node.number).toBe(order.number);
  });
  it('lists the orders an approver decided, the latest first, with the decision and its comment', async () => {
    const HISTORY = `query { approvalHistory(first: 50) { totalCount edges { node { number status lines { sku } approval { status comment decidedBy { email } } } } } }`;
    const order = await draft(requisitioner, [{ sku: 'DEGR-1', quantity: '50' }]);
    const pending = (await submit(requisitioner, order.id)).data?.submitOrder.order;
    expect(pending.status).toBe('PENDING_APPROVAL');
    const rejected = await approver.request(REJECT, {
      input: { orderId: pending.id, comment: 'Use the stock in the back' },
    });
    expect(rejected.data?.rejectOrder.userErrors).toEqual([]);

    const history = await approver.request(HISTORY);
    expect(history.errors).toBeUndefined();
    const nodes = history.data?.approvalHistory.edges.map((e: { node: unknown }) => e.node) as {
      number: string;
      approval: { status: string; comment: string | null; decidedBy: { email: string } };
    }[];
    expect(nodes[0]).toEqual({
      number: pending.number,
      // A rejected order goes back to its author as a draft.
      status: 'DRAFT',
      lines: [{ sku: 'DEGR-1' }],
      approval: {
        status: 'REJECTED',
        comment: 'Use the stock in the back',
        decidedBy: { email: 'approver@acme.example' },
      },
    });
    expect(history.data?.approvalHistory.totalCount).toBe(nodes.length);
    // Only this approver's decisions: the earlier approval with its comment is there, the admin's are not.
    expect(nodes.every((n) => n.approval.decidedBy.email === 'approver@acme.example')).toBe(true);
    expect(nodes.map((n) => n.approval.comment)).toContain('OK for the kitchen');
    const adminHistory = await admin.request(HISTORY);
    expect(
      adminHistory.data?.approvalHistory.edges.map((e: { node: { number: string } }) => e.node.number),
    ).not.toContain(pending.number);
    const globexApprover = await portal.signedIn('approver@globex.example');
    expect((await globexApprover.request(HISTORY)).data?.approvalHistory.totalCount).toBe(0);
    expect((await buyer.request(HISTORY)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
