import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginAttempt, Rfq, ScheduledJob } from '../entity';
import { systemContext } from '../outbox/system-context';
import { expireQuotesAndRfqs, pruneAuthRecords } from '../scheduler/jobs';
import { Scheduler } from '../scheduler/scheduler';
import type { GraphQLClient } from '../testing/graphql-client';
import { seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const SUBMIT_RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id number } userErrors { field message code } } }`;
const SEND_QUOTE = `mutation($input: SendQuoteInput!) { sendQuote(input: $input) { order { id number } userErrors { field message code } } }`;
const RFQ = `query($id: ID!) { rfq(id: $id) { number status } }`;

/**
 * Scheduled work: quotes and RFQs expire on their schedule (status and e-mail, once), and jobs
 * run once per due time however many processes tick.
 */
describe.each(testEngines())('scheduled jobs on %s', (engine) => {
  let portal: TestPortal;
  let buyer: GraphQLClient;
  let sales: GraphQLClient;
  const rfqStatus = async (id: string) => (await buyer.request(RFQ, { id })).data?.rfq.status as string;
  const newRfq = async (title: string, neededBy: string | null = null) => {
    const res = await buyer.request(SUBMIT_RFQ, {
      input: { title, neededBy, lines: [{ description: 'Custom napkins', quantity: '2000' }] },
    });
    expect(res.data?.submitRfq.userErrors).toEqual([]);
    return res.data?.submitRfq.rfq as { id: string; number: string };
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    buyer = await portal.sessionOf('buyer@acme.example', { validForHours: 24 * 60 });
    sales = await portal.sessionOf('sales@seller.example', { validForHours: 24 * 60 });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('expires a quote after its validity on the next run of the schedule, and tells the buyer once', async () => {
    const rfq = await newRfq('Napkins for the fair');
    const sent = await sales.request(SEND_QUOTE, {
      input: {
        rfqId: rfq.id,
        validUntil: '2026-11-30',
        lines: [{ description: 'Custom napkins', quantity: '2000', unitPrice: '0.06' }],
      },
    });
    expect(sent.data?.sendQuote.userErrors).toEqual([]);
    const quoteNumber = sent.data?.sendQuote.order.number as string;
    const scheduler = portal.outbox.scheduler!;
    const subject = `Quotation ${quoteNumber} for ${rfq.number} has expired`;
    const notices = () => portal.mailer.sent.filter((m) => m.subject === subject);

    // The first tick only schedules the job; on the last valid day nothing expires.
    await scheduler.runDue();
    await portal.clock.during('2026-11-30T23:50:00.000Z', async () => {
      expect(await scheduler.runDue()).toContain('expire-quotes-and-rfqs');
      expect(await rfqStatus(rfq.id)).toBe('QUOTED');
    });
    await portal.clock.during('2026-12-01T00:16:00.000Z', async () => {
      expect(await scheduler.runDue()).toContain('expire-quotes-and-rfqs');
      await portal.outbox.drain();
      expect(await rfqStatus(rfq.id)).toBe('EXPIRED');
      expect(notices()).toHaveLength(1);
      expect(notices()[0]?.to).toBe('buyer@acme.example');
      expect(notices()[0]?.text).toContain(`http://portal.test/rfqs/${rfq.id}`);
      // Not due again within the quarter hour; and run again later, nothing is sent twice.
      expect(await scheduler.runDue()).not.toContain('expire-quotes-and-rfqs');
    });
    await portal.clock.during('2026-12-01T01:00:00.000Z', async () => {
      await scheduler.runDue();
      await portal.outbox.drain();
      expect(notices()).toHaveLength(1);
    });
  });

  it('expires an RFQ nobody quoted by its needed-by date', async () => {
    const rfq = await newRfq('Urgent napkins', '2026-11-28');
    await portal.clock.during('2026-11-29T06:00:00.000Z', async () => {
      await expireQuotesAndRfqs.run(systemContext(portal.runtime));
      await portal.outbox.drain();
    });
    expect(await rfqStatus(rfq.id)).toBe('EXPIRED');
    expect(portal.mailer.lastTo('buyer@acme.example')?.subject).toBe(
      `Your request for quotation ${rfq.number} has expired`,
    );
  });

  it('runs a due job once when several processes tick at the same time', async () => {
    const runs: number[] = [];
    const job = {
      name: `count-${engine}`,
      schedule: '0 * * * *',
      run: async () => {
        runs.push(1);
      },
    };
    const schedulers = [1, 2, 3, 4].map(() => new Scheduler(portal.runtime, [job]));
    await schedulers[0]!.runDue();
    await portal.clock.during('2026-11-27T10:00:30.000Z', async () => {
      await Promise.all(schedulers.map((s) => s.runDue()));
    });
    expect(runs).toHaveLength(1);
    const row = await portal.runtime.dataSource
      .getRepository(ScheduledJob)
      .findOneByOrFail({ name: job.name });
    expect(row.nextRunAt.toISOString()).toBe('2026-11-27T11:00:00.000Z');
  });

  it('prunes sign-in attempts older than 30 days', async () => {
    const attempts = portal.runtime.dataSource.getRepository(LoginAttempt);
    const before = await attempts.count();
    await buyer.request(
      `mutation { login(input: { email: "nobody@acme.example", password: "wrong-password" }) { userErrors { code } } }`,
    );
    expect(await attempts.count()).toBeGreaterThan(before);
    await portal.clock.during('2027-01-15T04:00:00.000Z', async () => {
      await pruneAuthRecords.run(systemContext(portal.runtime));
    });
    expect(await attempts.count()).toBe(0);
    expect(await portal.runtime.dataSource.getRepository(Rfq).count()).toBeGreaterThan(0);
  });
});
