import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source';
import { Company, OutboxMessage, StockLevel, WebhookSubscription } from '../entity';
import { OutboxWorker } from '../outbox/outbox-worker';
import { SIGNATURE_HEADER, WEBHOOK_ID_HEADER, verifyWebhookSignature } from '../outbox/webhook-signature';
import { webhookUrlProblem } from '../outbox/webhook-url';
import type { GraphQLClient } from '../testing/graphql-client';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const SUBSCRIPTION_FIELDS = 'id url eventTypes status consecutiveFailures includesPrices';
const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } secret userErrors { field message code } } }`;
const ROTATE = `mutation($input: WebhookSubscriptionActionInput!) { rotateWebhookSecret(input: $input) { secret userErrors { code } } }`;
const RESUME = `mutation($input: WebhookSubscriptionActionInput!) { resumeWebhookSubscription(input: $input) { subscription { status } userErrors { code } } }`;
const REDELIVER = `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { userErrors { code message } } }`;
const LOG = `query { webhookSubscriptions(first: 10) { totalCount edges { node { ${SUBSCRIPTION_FIELDS} deliveries(first: 20) { edges { node { id eventType status attempts lastStatusCode lastError } } } } } } }`;

interface Received {
  id: string;
  body: { id: string; type: string; data: { order?: Record<string, unknown> } };
  validSignature: boolean;
}

/** A partner app: checks each delivery's signature under the secret it was given, answers `answer`. */
class TestReceiver {
  readonly received: Received[] = [];
  secret = '';
  answer = 200;
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const validSignature = verifyWebhookSignature(
        req.headers[SIGNATURE_HEADER] as string | undefined,
        raw,
        this.secret,
        Math.floor(this.now().getTime() / 1000),
      );
      this.received.push({
        id: String(req.headers[WEBHOOK_ID_HEADER]),
        body: JSON.parse(raw),
        validSignature,
      });
      res.writeHead(validSignature ? this.answer : 400).end();
    });
  });
  constructor(private readonly now: () => Date) {}
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://localhost:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * Webhooks: portal admins subscribe their company's events, staff everyone's; each delivery is
 * signed (HMAC-SHA256 with a timestamp), logged with its status code, retried with backoff,
 * redelivered on demand, and the subscription pauses after repeated failures.
 */
describe.each(testEngines())('webhooks on %s', (engine) => {
  let portal: TestPortal;
  let receiver: TestReceiver;
  let url: string;
  let admin: GraphQLClient;
  let buyer: GraphQLClient;
  let seq = 0;
  const outbox = () => portal.runtime.dataSource.getRepository(OutboxMessage);

  const placeOrder = async (): Promise<string> => {
    const draft = await buyer.request(CREATE, { input: { lines: [{ sku: 'SOLV-55', quantity: '110' }] } });
    const res = await buyer.request(SUBMIT, {
      input: { orderId: draft.data?.createDraftOrder.order.id, idempotencyKey: `hook-${engine}-${++seq}` },
    });
    expect(res.data?.submitOrder.userErrors).toEqual([]);
    return res.data?.submitOrder.order.number as string;
  };
  const ofOrder = (number: string) => receiver.received.filter((r) => r.body.data.order?.number === number);

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, outbox: 'manual' });
    await seedOrderFixture(portal);
    // This suite places many orders: no credit limit in the way.
    await portal.runtime.dataSource
      .getRepository(Company)
      .update({ id: portal.fixture.globex.company.id }, { creditLimit: null });
    await portal.runtime.dataSource
      .getRepository(StockLevel)
      .update({ productId: portal.catalog.products['SOLV-55'].id }, { onHand: '100000' });
    receiver = new TestReceiver(() => portal.clock.now());
    url = await receiver.start();
    admin = await portal.sessionOf('admin@globex.example', { validForHours: 24 * 30 });
    buyer = await portal.sessionOf('buyer@globex.example', { validForHours: 24 * 30 });
    const res = await admin.request(SUBSCRIBE, { input: { url, eventTypes: ['order.confirmed'] } });
    expect(res.data?.createWebhookSubscription.userErrors).toEqual([]);
    expect(res.data?.createWebhookSubscription.subscription).toMatchObject({
      status: 'ACTIVE',
      includesPrices: true,
    });
    receiver.secret = res.data?.createWebhookSubscription.secret;
    expect(receiver.secret).toMatch(/^whsec_/);
  });
  afterAll(async () => {
    await receiver?.stop();
    await portal?.stop();
  });
  beforeEach(() => {
    receiver.answer = 200;
  });

  it('offers the event types a subscription may name, to those who manage webhooks', async () => {
    const res = await admin.request('query { webhookEventTypes }');
    const types = res.data?.webhookEventTypes as string[];
    expect(types).toContain('order.confirmed');
    expect(types).toContain('invoice.issued');
    expect(types).not.toContain('webhook.paused');
    const accepted = await admin.request(SUBSCRIBE, { input: { url, eventTypes: types } });
    expect(accepted.data?.createWebhookSubscription.userErrors).toEqual([]);
    await portal.runtime.dataSource
      .getRepository(WebhookSubscription)
      .delete({ url, eventTypes: JSON.stringify(types) });
    const denied = await buyer.request('query { webhookEventTypes }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses URLs that are not https, or private in production', async () => {
    const res = await admin.request(SUBSCRIBE, {
      input: { url: 'http://partner.example/hooks', eventTypes: ['order.confirmed'] },
    });
    expect(res.data?.createWebhookSubscription.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'url'], code: 'INVALID' }),
    ]);
    const unknown = await admin.request(SUBSCRIBE, {
      input: { url: 'https://partner.example/hooks', eventTypes: ['order.eaten'] },
    });
    expect(unknown.data?.createWebhookSubscription.userErrors[0]).toMatchObject({
      field: ['input', 'eventTypes', '0'],
    });
    expect(webhookUrlProblem('https://partner.example/hooks', true)).toBeNull();
    expect(webhookUrlProblem('http://localhost:3000/hooks', false)).toBeNull();
    expect(webhookUrlProblem('http://localhost:3000/hooks', true)).toMatch(/https/);
    expect(webhookUrlProblem('https://10.1.2.3/hooks', true)).toMatch(/private/);
    expect(webhookUrlProblem('https://[::1]/hooks', true)).toMatch(/private/);
  });

  it('delivers a signed event, shaped like the GraphQL types, and logs it with its status code', async () => {
    const number = await placeOrder();
    expect(ofOrder(number)).toEqual([]);
    await portal.outbox.drain();
    const [delivery] = ofOrder(number);
    expect(delivery?.validSignature).toBe(true);
    expect(delivery?.body).toMatchObject({
      type: 'order.confirmed',
      data: {
        order: { number, status: 'SALES_ORDER', total: { amount: expect.any(String), currencyCode: 'USD' } },
      },
    });
    const log = await admin.request(LOG);
    const deliveries = log.data?.webhookSubscriptions.edges[0].node.deliveries.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(deliveries[0]).toMatchObject({
      eventType: 'order.confirmed',
      status: 'SENT',
      attempts: 1,
      lastStatusCode: 200,
    });
    // One subscription's log by its id.
    const subscriptionId = log.data?.webhookSubscriptions.edges[0].node.id;
    const ONE = `query($id: ID!) { webhookSubscription(id: $id) { id url deliveries(first: 1) { totalCount edges { node { eventType status lastStatusCode } } } } }`;
    const one = await admin.request(ONE, { id: subscriptionId });
    expect(one.data?.webhookSubscription).toMatchObject({ id: subscriptionId, url });
    expect(one.data?.webhookSubscription.deliveries.edges[0].node).toEqual({
      eventType: 'order.confirmed',
      status: 'SENT',
      lastStatusCode: 200,
    });
    // Another company's admin sees none of it.
    const acme = await portal.sessionOf('admin@acme.example');
    expect((await acme.request(LOG)).data?.webhookSubscriptions.totalCount).toBe(0);
    expect((await acme.request(ONE, { id: subscriptionId })).data?.webhookSubscription).toBeNull();
  });

  it('retries after a 500 with backoff on the portal clock, and redelivers on demand', async () => {
    receiver.answer = 500;
    const number = await placeOrder();
    await portal.outbox.drain();
    expect(ofOrder(number)).toHaveLength(1);
    const row = await outbox().findOneByOrFail({ channel: 'WEBHOOK', status: 'PENDING' });
    expect(row).toMatchObject({ lastStatusCode: 500, lastError: 'The endpoint answered HTTP 500' });
    portal.clock.advanceMinutes(0.25);
    await portal.outbox.drain();
    expect(ofOrder(number)).toHaveLength(1);
    receiver.answer = 200;
    portal.clock.advanceMinutes(0.25);
    await portal.outbox.drain();
    const attempts = ofOrder(number);
    expect(attempts).toHaveLength(2);
    // The same delivery id on every attempt: the receiver can tell a repeat.
    expect(attempts[1]?.id).toBe(attempts[0]?.id);
    expect(await outbox().findOneByOrFail({ id: row.id })).toMatchObject({
      status: 'SENT',
      attempts: 2,
      lastStatusCode: 200,
    });

    const redelivered = await admin.request(REDELIVER, {
      input: { deliveryId: Buffer.from(`WebhookDelivery:${row.id}`).toString('base64url') },
    });
    expect(redelivered.data?.redeliverWebhook.userErrors).toEqual([]);
    await portal.outbox.drain();
    expect(ofOrder(number).map((r) => r.id)).toEqual([attempts[0]?.id, attempts[0]?.id, attempts[0]?.id]);
  });

  it('signs with the new secret once rotated', async () => {
    const log = await admin.request(LOG);
    const subscriptionId = log.data?.webhookSubscriptions.edges[0].node.id;
    const rotated = await admin.request(ROTATE, { input: { subscriptionId } });
    const old = receiver.secret;
    const fresh = rotated.data?.rotateWebhookSecret.secret as string;
    expect(fresh).not.toBe(old);
    receiver.secret = fresh;
    const number = await placeOrder();
    await portal.outbox.drain();
    expect(ofOrder(number)[0]?.validSignature).toBe(true);
  });

  it('leaves prices out for a subscription whose owner may not read them', async () => {
    const subs = portal.runtime.dataSource.getRepository(WebhookSubscription);
    await subs.update({ companyId: portal.fixture.globex.company.id }, { mayReadPrices: false });
    try {
      const number = await placeOrder();
      await portal.outbox.drain();
      const [delivery] = ofOrder(number);
      expect(delivery?.body.data.order).toMatchObject({ number });
      expect(delivery?.body.data.order).not.toHaveProperty('total');
      expect(JSON.stringify(delivery?.body)).not.toMatch(/amount/);
    } finally {
      await subs.update({ companyId: portal.fixture.globex.company.id }, { mayReadPrices: true });
    }
  });

  it('pauses a subscription that keeps failing and tells its owner; resuming lets deliveries through', async () => {
    receiver.answer = 503;
    await placeOrder();
    for (let i = 0; i < 12; i++) {
      await portal.outbox.drain();
      portal.clock.advanceMinutes(120);
    }
    const log = await admin.request(LOG);
    const subscription = log.data?.webhookSubscriptions.edges[0].node;
    expect(subscription.status).toBe('PAUSED');
    const notice = portal.mailer.lastTo('admin@globex.example');
    expect(notice?.subject).toBe('A webhook subscription of the portal was paused');
    // What was given up while paused is listed to staff with the rest of the outbox.
    const staff = await portal.sessionOf('sales@seller.example');
    const failed = await staff.request(
      `query { outboxMessages(status: FAILED, first: 100) { edges { node { channel eventType recipient subject lastError } } } }`,
    );
    expect(failed.errors).toBeUndefined();
    expect(failed.data?.outboxMessages.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      channel: 'WEBHOOK',
      eventType: 'order.confirmed',
      recipient: url,
      subject: 'Webhook order.confirmed',
      lastError: expect.any(String),
    });
    receiver.answer = 200;
    const resumed = await admin.request(RESUME, { input: { subscriptionId: subscription.id } });
    expect(resumed.data?.resumeWebhookSubscription.subscription.status).toBe('ACTIVE');
    const number = await placeOrder();
    await portal.outbox.drain();
    expect(ofOrder(number)).toHaveLength(1);
  });

  it.runIf(engine === 'mysql')(
    'delivers each event exactly once to a receiver checking signatures, with two workers on two pools',
    async () => {
      const numbers: string[] = [];
      for (let i = 0; i < 6; i++) numbers.push(await placeOrder());
      const other = createDataSource(portal.databaseUrl);
      await other.initialize();
      try {
        const config = {
          ...portal.runtime.config,
          outbox: { ...portal.runtime.config.outbox, batchSize: 2 },
        };
        const worker = (ds = portal.runtime.dataSource) =>
          new OutboxWorker({ ...portal.runtime, config, dataSource: ds }, async () => null);
        await Promise.all([worker().drain(), worker(other).drain()]);
        for (const number of numbers) {
          const got = ofOrder(number);
          expect(got, number).toHaveLength(1);
          expect(got[0]?.validSignature).toBe(true);
        }
      } finally {
        await other.destroy();
      }
    },
  );
});
