import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source';
import { OutboxMessage } from '../entity';
import type { Mailer, OutgoingMail, SentMail } from '../mail/mailer';
import { OutboxWorker } from '../outbox/outbox-worker';
import type { GraphQLClient } from '../testing/graphql-client';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { RecordingMailer } from '../testing/recording-mailer';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const FAILED = `query { outboxMessages(first: 10) { totalCount edges { node { eventType recipient subject status attempts lastError finishedAt } } } }`;

/** A mail server that refuses the next `failures` messages, then accepts. */
class FlakyMailer implements Mailer {
  readonly delivered = new RecordingMailer();
  constructor(public failures: number) {}
  async send(mail: OutgoingMail): Promise<SentMail> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('451 try again later');
    }
    return this.delivered.send(mail);
  }
}

/** A mail server that takes a message and never answers: the worker "crashes" mid-delivery. */
const hangingMailer: Mailer = { send: () => new Promise<SentMail>(() => undefined) };

/**
 * The transactional outbox: an order's e-mail is written with the order and delivered by a
 * worker, once it runs, however it was interrupted; failures are retried with backoff on the
 * portal's clock and given up visibly to staff.
 */
describe.each(testEngines())('the outbox on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let seq = 0;
  const messages = () => portal.runtime.dataSource.getRepository(OutboxMessage);
  const workerWith = (mailer: Mailer) =>
    new OutboxWorker({ ...portal.runtime, mailer }, (ref) =>
      portal.services.documents.attachmentOf(portal.runtime, ref),
    );

  /** Places an order of Globex's buyer (no approval rule: confirmed at once) and answers its number. */
  const placeOrder = async (): Promise<string> => {
    const draft = await buyer.request(CREATE, { input: { lines: [{ sku: 'SOLV-55', quantity: '110' }] } });
    expect(draft.data?.createDraftOrder.userErrors).toEqual([]);
    const res = await buyer.request(SUBMIT, {
      input: { orderId: draft.data?.createDraftOrder.order.id, idempotencyKey: `outbox-${engine}-${++seq}` },
    });
    expect(res.data?.submitOrder.userErrors).toEqual([]);
    return res.data?.submitOrder.order.number as string;
  };
  const confirmationsOf = (mailer: RecordingMailer, number: string) =>
    mailer.sent.filter((m) => m.subject === `Order ${number} is confirmed`);

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, outbox: 'manual' });
    await seedOrderFixture(portal);
    buyer = await portal.sessionOf('buyer@globex.example');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('e-mails an order submitted while the worker was stopped once the worker starts', async () => {
    const number = await placeOrder();
    expect(confirmationsOf(portal.mailer, number)).toEqual([]);
    const row = await messages().findOneByOrFail({
      eventType: 'order.confirmed',
      recipient: 'buyer@globex.example',
    });
    expect(row.status).toBe('PENDING');

    portal.outbox.start();
    try {
      for (let i = 0; i < 100 && confirmationsOf(portal.mailer, number).length === 0; i++) await sleep(50);
    } finally {
      await portal.outbox.stop();
    }
    const [mail] = confirmationsOf(portal.mailer, number);
    expect(mail?.to).toBe('buyer@globex.example');
    expect(mail?.text).toContain(`http://portal.test/orders/${number}`);
    expect(mail?.html).toContain(`<a href="http://portal.test/orders/${number}"`);
    expect(mail?.messageId).toBe(`<${row.idempotencyKey}@portal.test>`);
    expect((await messages().findOneByOrFail({ id: row.id })).status).toBe('SENT');
    // Delivered once: a further pass finds nothing due.
    expect((await portal.outbox.drain()).claimed).toBe(0);
    expect(confirmationsOf(portal.mailer, number)).toHaveLength(1);
  });

  it('loses nothing when the worker dies after claiming: the message is delivered once its lease ends', async () => {
    const number = await placeOrder();
    // The first worker claims the message, hands it to the mail server and never hears back.
    void workerWith(hangingMailer).runOnce();
    for (let i = 0; i < 100; i++) {
      const row = await messages().findOneByOrFail({
        eventType: 'order.confirmed',
        recipient: 'buyer@globex.example',
        status: 'PENDING',
      });
      if (row.attempts === 1) break;
      await sleep(20);
    }
    // Another worker (another process after the crash) finds it leased…
    expect((await portal.outbox.drain()).claimed).toBe(0);
    expect(confirmationsOf(portal.mailer, number)).toEqual([]);
    // … and delivers it once the lease is over.
    portal.clock.advanceMinutes(6);
    expect((await portal.outbox.drain()).sent).toBe(1);
    expect(confirmationsOf(portal.mailer, number)).toHaveLength(1);
  });

  it('retries a refused e-mail with exponential backoff on the portal clock', async () => {
    const number = await placeOrder();
    const flaky = new FlakyMailer(2);
    const worker = workerWith(flaky);
    expect(await worker.drain()).toMatchObject({ claimed: 1, retried: 1 });
    const row = await messages().findOneByOrFail({ eventType: 'order.confirmed', status: 'PENDING' });
    expect(row.lastError).toBe('451 try again later');
    expect(row.availableAt.getTime() - portal.clock.now().getTime()).toBe(30_000);
    // Not before its time…
    portal.clock.advanceMinutes(0.4);
    expect((await worker.drain()).claimed).toBe(0);
    // … then again after 30 s (refused: next in 60 s), and after 60 more s it goes out.
    portal.clock.advanceMinutes(0.1);
    expect(await worker.drain()).toMatchObject({ claimed: 1, retried: 1 });
    portal.clock.advanceMinutes(0.9);
    expect((await worker.drain()).claimed).toBe(0);
    portal.clock.advanceMinutes(0.1);
    expect(await worker.drain()).toMatchObject({ claimed: 1, sent: 1 });
    expect(flaky.delivered.sent.filter((m) => m.subject === `Order ${number} is confirmed`)).toHaveLength(1);
    expect(await messages().findOneByOrFail({ id: row.id })).toMatchObject({ status: 'SENT', attempts: 3 });
  });

  it('gives an e-mail up after the configured time and shows it to staff, not to customers', async () => {
    const number = await placeOrder();
    const worker = workerWith(new FlakyMailer(Number.MAX_SAFE_INTEGER));
    for (let hour = 0; hour < 60; hour++) {
      await worker.drain();
      portal.clock.advanceMinutes(60);
    }
    const row = await messages().findOneByOrFail({
      eventType: 'order.confirmed',
      recipient: 'buyer@globex.example',
      status: 'FAILED',
    });
    expect(row.attempts).toBeGreaterThan(3);
    const staff = await portal.sessionOf('sales@seller.example', { validForHours: 24 * 30 });
    const res = await staff.request(FAILED);
    expect(res.errors).toBeUndefined();
    expect(res.data?.outboxMessages.edges.map((e: { node: unknown }) => e.node)).toContainEqual(
      expect.objectContaining({
        eventType: 'order.confirmed',
        recipient: 'buyer@globex.example',
        subject: `Order ${number} is confirmed`,
        status: 'FAILED',
        lastError: '451 try again later',
      }),
    );
    const customer = await portal.sessionOf('admin@globex.example', { validForHours: 24 * 30 });
    const denied = await customer.request(FAILED);
    expect(denied.data?.outboxMessages ?? null).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.runIf(engine === 'mysql')(
    'delivers each message exactly once with two workers on two connection pools',
    async () => {
      const numbers: string[] = [];
      for (let i = 0; i < 6; i++) numbers.push(await placeOrder());
      const recording = new RecordingMailer();
      const other = createDataSource(portal.databaseUrl);
      await other.initialize();
      try {
        const slowMailer: Mailer = {
          send: async (mail) => {
            await sleep(5);
            return recording.send(mail);
          },
        };
        const config = {
          ...portal.runtime.config,
          outbox: { ...portal.runtime.config.outbox, batchSize: 2 },
        };
        const first = new OutboxWorker({ ...portal.runtime, config, mailer: slowMailer }, async () => null);
        const second = new OutboxWorker(
          { ...portal.runtime, config, dataSource: other, mailer: slowMailer },
          async () => null,
        );
        const passes = await Promise.all([first.drain(), second.drain()]);
        expect(passes.every((p) => p.sent > 0)).toBe(true);
        const ids = recording.sent.map((m) => m.messageId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const number of numbers)
          expect(recording.sent.filter((m) => m.subject === `Order ${number} is confirmed`)).toHaveLength(1);
      } finally {
        await other.destroy();
      }
    },
  );
});
