import { Like } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import type { NoticeConfig } from '../config';
import type { PortalRuntime } from '../context';
import { Invoice, OutboxMessage, SentNotice } from '../entity';
import { systemContext } from '../outbox/system-context';
import { invoiceReminders, nightlyStatements, pruneOutbox } from '../scheduler/notice-jobs';
import type { GraphQLClient } from '../testing/graphql-client';
import {
  invoiceOrder,
  seedInvoiceFixture,
  seedPayment,
  seedShippedOrder,
  setCompanyTerms,
} from '../testing/invoice-fixture';
import { pdfText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const INVOICE = `query($id: ID!) { invoice(id: $id) { number } }`;
const PREFERENCES = `query { notificationPreferences { category enabled } }`;
const UPDATE_PREFERENCES = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { category enabled } userErrors { field code message } } }`;
const SET_STATEMENT = `mutation($input: SetCompanyStatementEmailInput!) { setCompanyStatementEmail(input: $input) { company { name statementEmail } userErrors { field code message } } }`;
const OWN_COMPANY = `query { viewer { user { company { statementEmail } } } }`;
const SKIPPED = `query { outboxMessages(status: SKIPPED, first: 50) { edges { node { eventType recipient subject status lastError } } } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } userErrors { field code message } } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code message } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { user { email } } userErrors { field code message } } }`;

const LONG_SESSION = { validForHours: 24 * 120 };

/**
 * The scheduled notices (issue 15): invoice reminders at the configured days, once per step
 * even when two processes run the job at once; the nightly statement of the companies that ask;
 * per-user preferences honoured when the worker delivers; the outbox pruned after its retention;
 * invitation e-mails delivered by the worker, their secret link not kept once delivered.
 */
describe.each(testEngines())('scheduled notices on %s', (engine) => {
  let portal: TestPortal;
  let accounting: GraphQLClient;
  let admin: GraphQLClient;
  let buyer: GraphQLClient;
  let sales: GraphQLClient;
  let invoice: { id: string; number: string };
  let fixture: Awaited<ReturnType<typeof seedInvoiceFixture>>;
  const messages = () => portal.runtime.dataSource.getRepository(OutboxMessage);
  const mailsTo = (email: string, subject: RegExp) =>
    portal.mailer.sent.filter((m) => m.to === email && subject.test(m.subject));
  /** The runtime with other notice settings (the days of the reminders). */
  const runtimeWith = (notices: Partial<NoticeConfig>): PortalRuntime => {
    const { config } = portal.runtime;
    return {
      ...portal.runtime,
      config: { ...config, outbox: { ...config.outbox, notices: { ...config.outbox.notices, ...notices } } },
    };
  };
  /** Runs a job as two processes would at the same time, then delivers the outbox. */
  const runRacing = async (run: () => Promise<void>) => {
    await Promise.all([run(), run()]);
    await portal.outbox.drain();
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, outbox: 'manual' });
    fixture = await seedInvoiceFixture(portal);
    await setCompanyTerms(portal, portal.fixture.acme.company, {
      paymentTermId: fixture.terms.twoTenNet30.id,
    });
    [accounting, admin, buyer, sales] = await Promise.all([
      portal.sessionOf('accounting@seller.example', LONG_SESSION),
      portal.sessionOf('admin@acme.example', LONG_SESSION),
      portal.sessionOf('buyer@acme.example', LONG_SESSION),
      portal.sessionOf('sales@seller.example', LONG_SESSION),
    ]);
    // Issued on 2026-11-27 under 2/10 Net 30: due 2026-12-27, 2 % off until 2026-12-07.
    const order = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'CUP-12', quantity: '100', unitPrice: '0.8' },
    ]);
    const issued = await invoiceOrder(accounting, order);
    expect(issued.userErrors).toEqual([]);
    invoice = issued.invoice as { id: string; number: string };
    await portal.outbox.drain();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('reminds the readers of an invoice at each configured day, once per step with two runs racing', async () => {
    const stored = await portal.runtime.dataSource
      .getRepository(Invoice)
      .findOneByOrFail({ number: invoice.number });
    expect(stored.dueOn).toBe('2026-12-27');
    const job = invoiceReminders(portal.services);
    const runtime = runtimeWith({ daysBeforeDue: [3, 25], overdueDays: [1, 7] });
    const run = () => job.run(systemContext(runtime));
    const due = new RegExp(`^Reminder: invoice ${invoice.number} is due on 2026-12-27$`);
    const overdue = new RegExp(`^Invoice ${invoice.number} is overdue \\(due on 2026-12-27\\)$`);
    const readers = ['admin@acme.example', 'viewer@acme.example', 'buyer@acme.example'];

    // The day before the first step: nothing.
    await portal.clock.during('2026-12-01T15:00:00.000Z', () => runRacing(run));
    for (const email of readers) expect(mailsTo(email, due), email).toEqual([]);

    // 25 days before the due date, the discount still open: one reminder each, naming it.
    await portal.clock.during('2026-12-02T15:00:00.000Z', async () => {
      await runRacing(run);
      await runRacing(run);
    });
    for (const email of readers) expect(mailsTo(email, due), email).toHaveLength(1);
    for (const email of ['requisitioner@acme.example', 'approver@acme.example', 'admin@globex.example'])
      expect(mailsTo(email, due), email).toEqual([]);
    const [first] = mailsTo('buyer@acme.example', due);
    expect(first?.text).toContain(`is due on 2026-12-27; 86.60 USD is still open.`);
    expect(first?.text).toMatch(
      /Pay by 2026-12-07 to take the early-payment discount of 2%: [\d,.]+ USD instead of 86\.60 USD\./,
    );
    expect(first?.html).toContain('Seller');
    const link = /http:\/\/portal\.test\/invoices\/([A-Za-z0-9_%-]+)/.exec(first?.text ?? '')?.[1];
    expect((await buyer.request(INVOICE, { id: decodeURIComponent(link ?? '') })).data?.invoice).toEqual({
      number: invoice.number,
    });

    // 3 days before: a second reminder, the discount gone.
    await portal.clock.during('2026-12-24T15:00:00.000Z', () => runRacing(run));
    const second = mailsTo('buyer@acme.example', due);
    expect(second).toHaveLength(2);
    expect(second[1]?.text).not.toContain('early-payment discount');

    // A day late, then (a run missed) a week late: one overdue reminder per step.
    await portal.clock.during('2026-12-28T15:00:00.000Z', () => runRacing(run));
    await portal.clock.during('2027-01-05T15:00:00.000Z', () => runRacing(run));
    await portal.clock.during('2027-01-06T15:00:00.000Z', () => runRacing(run));
    for (const email of readers) expect(mailsTo(email, overdue), email).toHaveLength(2);
    expect(mailsTo('buyer@acme.example', overdue)[0]?.text).toContain('was due on 2026-12-27 and is overdue');
    const keys = await portal.runtime.dataSource
      .getRepository(SentNotice)
      .find({ order: { key: 'ASC' }, where: { key: `invoice-reminder:${stored.id}:overdue-7` } });
    expect(keys).toHaveLength(1);
  });

  it("e-mails a company's statement every night once it asks, once a day with two runs racing", async () => {
    const refused = await buyer.request(SET_STATEMENT, { input: { enabled: true } });
    expect(refused.errors?.[0]?.message).toBeTruthy();
    const set = await admin.request(SET_STATEMENT, { input: { enabled: true } });
    expect(set.data?.setCompanyStatementEmail).toEqual({
      company: { name: 'Acme Restaurant Group', statementEmail: true },
      userErrors: [],
    });
    expect((await admin.request(OWN_COMPANY)).data?.viewer.user.company.statementEmail).toBe(true);
    // Staff name the company; another's setting is not a customer's to read.
    const globex = await sales.request(SET_STATEMENT, {
      input: { companyId: toGlobalId('Company', portal.fixture.globex.company.id), enabled: false },
    });
    expect(globex.data?.setCompanyStatementEmail.userErrors).toEqual([]);

    const job = nightlyStatements(portal.services);
    const run = () => job.run(systemContext(portal.runtime));
    const subject = /^Your statement of account, 2026-12-01 to 2026-12-02$/;
    await portal.clock.during('2026-12-03T15:00:00.000Z', async () => {
      await runRacing(run);
      await runRacing(run);
    });
    for (const email of ['admin@acme.example', 'viewer@acme.example'])
      expect(mailsTo(email, subject), email).toHaveLength(1);
    for (const email of ['buyer@acme.example', 'requisitioner@acme.example', 'admin@globex.example'])
      expect(mailsTo(email, /^Your statement of account/), email).toEqual([]);
    const [mail] = mailsTo('viewer@acme.example', subject);
    expect(mail?.text).toContain('http://portal.test/account/statement');
    const [attachment] = mail?.attachments ?? [];
    expect(attachment?.contentType).toBe('application/pdf');
    expect((await pdfText(attachment!.content)).join(' ')).toContain(
      'STATEMENT OF ACCOUNT Period: 2026-12-01 to 2026-12-02',
    );

    // The next night, another; turned off, none.
    await portal.clock.during('2026-12-04T15:00:00.000Z', () => runRacing(run));
    expect(mailsTo('viewer@acme.example', /^Your statement of account/)).toHaveLength(2);
    await admin.request(SET_STATEMENT, { input: { enabled: false } });
    await portal.clock.during('2026-12-05T15:00:00.000Z', () => runRacing(run));
    expect(mailsTo('viewer@acme.example', /^Your statement of account/)).toHaveLength(2);
  });

  it('honours a preference changed after the e-mail was written: skipped at delivery, visible to staff', async () => {
    const before = await buyer.request(PREFERENCES);
    expect(before.data?.notificationPreferences).toContainEqual({ category: 'INVOICES', enabled: true });
    const turnedOff = await buyer.request(UPDATE_PREFERENCES, {
      input: { preferences: [{ category: 'ORDERS', enabled: false }] },
    });
    expect(turnedOff.data?.updateNotificationPreferences.userErrors).toEqual([]);
    const twice = await buyer.request(UPDATE_PREFERENCES, {
      input: {
        preferences: [
          { category: 'QUOTES', enabled: false },
          { category: 'QUOTES', enabled: true },
        ],
      },
    });
    expect(twice.data?.updateNotificationPreferences.userErrors[0]?.code).toBe('INVALID');

    // A reminder is written while the buyer still gets invoice e-mails…
    const job = invoiceReminders(portal.services);
    await portal.clock.during('2027-01-27T15:00:00.000Z', () => job.run(systemContext(portal.runtime)));
    const overdue30 = new RegExp(`^Invoice ${invoice.number} is overdue`);
    const sentBefore = mailsTo('buyer@acme.example', overdue30).length;
    const pending = await messages().findOneByOrFail({
      recipient: 'buyer@acme.example',
      eventType: 'invoice.overdue_reminder',
      status: 'PENDING',
    });

    // …then turns them off (only INVOICES changes: ORDERS stays off, the others on) before delivery.
    const saved = await buyer.request(UPDATE_PREFERENCES, {
      input: { preferences: [{ category: 'INVOICES', enabled: false }] },
    });
    expect(saved.data?.updateNotificationPreferences.preferences).toEqual([
      { category: 'ORDERS', enabled: false },
      { category: 'APPROVALS', enabled: true },
      { category: 'QUOTES', enabled: true },
      { category: 'SHIPMENTS', enabled: true },
      { category: 'INVOICES', enabled: false },
      { category: 'STATEMENTS', enabled: true },
    ]);
    const pass = await portal.clock.during('2027-01-27T15:05:00.000Z', () => portal.outbox.drain());
    expect(pass.skipped).toBe(1);
    expect(mailsTo('buyer@acme.example', overdue30)).toHaveLength(sentBefore);
    expect(mailsTo('admin@acme.example', overdue30).length).toBeGreaterThan(0);
    const skipped = await messages().findOneByOrFail({ id: pending.id });
    expect(skipped.status).toBe('SKIPPED');
    expect(skipped.finishedAt).not.toBeNull();
    const listed = (await sales.request(SKIPPED)).data?.outboxMessages.edges ?? [];
    expect(listed.map((e: { node: unknown }) => e.node)).toContainEqual({
      eventType: 'invoice.overdue_reminder',
      recipient: 'buyer@acme.example',
      subject: `Invoice ${invoice.number} is overdue (due on 2026-12-27)`,
      status: 'SKIPPED',
      lastError: 'The recipient turned off invoices e-mails',
    });

    // The buyer turns them back on.
    await buyer.request(UPDATE_PREFERENCES, {
      input: {
        preferences: [
          { category: 'INVOICES', enabled: true },
          { category: 'ORDERS', enabled: true },
        ],
      },
    });
  });

  it('delivers invitation and reset e-mails through the worker, whatever the preferences, and keeps no secret link once delivered', async () => {
    const invited = await admin.request(INVITE, {
      input: { email: 'nina@acme.example', name: 'Nina Invited', role: 'BUYER' },
    });
    expect(invited.data?.inviteUser.userErrors).toEqual([]);
    // Written with the invitation; sent by the worker, not by the request.
    expect(portal.mailer.lastTo('nina@acme.example')).toBeUndefined();
    const row = await messages().findOneByOrFail({
      recipient: 'nina@acme.example',
      eventType: 'user.invited',
    });
    expect(row.status).toBe('PENDING');
    await portal.outbox.drain();
    const token = portal.mailer.invitationTokenFor('nina@acme.example');
    const delivered = await messages().findOneByOrFail({ id: row.id });
    expect(delivered.status).toBe('SENT');
    expect(delivered.body).not.toContain(token);
    expect(delivered.body).not.toContain('/invitation/');
    const anonymous = portal.client();
    const accepted = await anonymous.request(ACCEPT, {
      input: { token, name: 'Nina Invited', password: 'granite-harbour-lantern-7' },
    });
    expect(accepted.data?.acceptInvitation.userErrors).toEqual([]);
    expect(accepted.data?.acceptInvitation.viewer.user.email).toBe('nina@acme.example');

    // A reset link likewise, even for a user who turned every category off.
    await buyer.request(UPDATE_PREFERENCES, {
      input: {
        preferences: ['ORDERS', 'APPROVALS', 'QUOTES', 'SHIPMENTS', 'INVOICES', 'STATEMENTS'].map(
          (category) => ({ category, enabled: false }),
        ),
      },
    });
    const requested = await anonymous.request(REQUEST_RESET, { input: { email: 'buyer@acme.example' } });
    expect(requested.data?.requestPasswordReset.ok).toBe(true);
    const reset = await messages().findOneByOrFail({
      recipient: 'buyer@acme.example',
      eventType: 'account.password_reset_requested',
    });
    expect(reset.status).toBe('PENDING');
    await portal.outbox.drain();
    const resetToken = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(
      portal.mailer.lastTo('buyer@acme.example')?.text ?? '',
    )?.[1];
    expect(resetToken).toBeTruthy();
    const resetRow = await messages().findOneByOrFail({ id: reset.id });
    expect(resetRow.status).toBe('SENT');
    expect(resetRow.body).not.toContain(resetToken);
    await buyer.request(UPDATE_PREFERENCES, {
      input: {
        preferences: ['ORDERS', 'APPROVALS', 'QUOTES', 'SHIPMENTS', 'INVOICES', 'STATEMENTS'].map(
          (category) => ({ category, enabled: true }),
        ),
      },
    });
  });

  it('prunes finished outbox messages and webhook deliveries after the retention, in batches, keeping pending ones', async () => {
    const repo = messages();
    const old = new Date('2026-10-01T00:00:00.000Z');
    const row = (
      i: number,
      status: 'SENT' | 'FAILED' | 'SKIPPED' | 'PENDING',
      channel: 'EMAIL' | 'WEBHOOK',
    ) => ({
      idempotencyKey: `prune-${engine}-${i}`,
      channel,
      eventType: 'order.confirmed',
      recipient: channel === 'EMAIL' ? 'nobody@acme.example' : 'https://partner.example/hooks',
      webhookSubscriptionId: null,
      lastStatusCode: null,
      body: '{}',
      status,
      attempts: 1,
      availableAt: old,
      lastError: null,
      createdAt: old,
      finishedAt: status === 'PENDING' ? null : old,
    });
    const statuses = ['SENT', 'FAILED', 'SKIPPED'] as const;
    const rows = Array.from({ length: 1100 }, (_, i) =>
      row(i, statuses[i % 3]!, i % 2 ? 'WEBHOOK' : 'EMAIL'),
    );
    for (let i = 0; i < rows.length; i += 200) await repo.insert(rows.slice(i, i + 200));
    await repo.insert(row(5000, 'PENDING', 'EMAIL'));
    // A recent message stays: finished within the retention.
    const recentAt = new Date('2026-12-20T00:00:00.000Z');
    await repo.insert({ ...row(5001, 'SENT', 'EMAIL'), finishedAt: recentAt, createdAt: recentAt });

    await portal.clock.during('2027-01-10T04:00:00.000Z', () =>
      Promise.all([
        pruneOutbox.run(systemContext(portal.runtime)),
        pruneOutbox.run(systemContext(portal.runtime)),
      ]),
    );
    const keys = (await repo.find({ select: { idempotencyKey: true } })).map((m) => m.idempotencyKey);
    expect(keys.filter((k) => k.startsWith(`prune-${engine}-`)).sort()).toEqual([
      `prune-${engine}-5000`,
      `prune-${engine}-5001`,
    ]);
  });

  it('reminds of each installment at its own date, the open part of it, and not of one paid', async () => {
    const globex = portal.fixture.globex;
    await setCompanyTerms(portal, globex.company, { paymentTermId: fixture.terms.thirds.id });
    // Issued 2026-11-27 in thirds at 30, 60 and 90 days: 28.86 on 2026-12-27 and 2027-01-26, 28.88
    // on 2027-02-25 (the invoice's due date, far past the first reminder's horizon).
    const order = await seedShippedOrder(portal, globex.users.BUYER, [
      { sku: 'CUP-12', quantity: '100', unitPrice: '0.8' },
    ]);
    const issued = await invoiceOrder(accounting, order);
    expect(issued.userErrors).toEqual([]);
    expect(issued.invoice.installments).toEqual([
      { dueOn: '2026-12-27', amount: { amount: '28.86' } },
      { dueOn: '2027-01-26', amount: { amount: '28.86' } },
      { dueOn: '2027-02-25', amount: { amount: '28.88' } },
    ]);
    const number = issued.invoice.number as string;
    const job = invoiceReminders(portal.services);
    const run = () => job.run(systemContext(runtimeWith({ daysBeforeDue: [3], overdueDays: [7] })));
    const installmentDue = (on: string) =>
      new RegExp(`^Reminder: an installment of invoice ${number} is due on ${on}$`);
    const installmentOverdue = (on: string) =>
      new RegExp(`^An installment of invoice ${number} is overdue \\(due on ${on}\\)$`);

    await portal.clock.during('2026-12-24T15:00:00.000Z', () => runRacing(run));
    const [first, ...more] = mailsTo('buyer@globex.example', installmentDue('2026-12-27'));
    expect(more).toEqual([]);
    expect(first?.text).toContain(
      `An installment of invoice ${number} for order ${order.number} is due on 2026-12-27; 28.86 USD is still open.`,
    );
    expect(mailsTo('admin@globex.example', installmentDue('2026-12-27'))).toHaveLength(1);
    expect(mailsTo('buyer@acme.example', installmentDue('2026-12-27'))).toEqual([]);

    // 10.00 paid: a week late, the first installment is reminded of what is left of it.
    const stored = await portal.runtime.dataSource.getRepository(Invoice).findOneByOrFail({ number });
    await seedPayment(portal, globex.company, '2026-12-30', [{ invoiceId: stored.id, amount: '10.00' }]);
    await portal.clock.during('2027-01-03T15:00:00.000Z', () => runRacing(run));
    const [late] = mailsTo('buyer@globex.example', installmentOverdue('2026-12-27'));
    expect(late?.text).toContain('was due on 2026-12-27 and is overdue: 18.86 USD is still open.');

    // The first installment paid in full; the second is reminded of, the first no more.
    await seedPayment(portal, globex.company, '2027-01-10', [{ invoiceId: stored.id, amount: '18.86' }]);
    await portal.clock.during('2027-01-23T15:00:00.000Z', () => runRacing(run));
    expect(mailsTo('buyer@globex.example', installmentDue('2027-01-26'))).toHaveLength(1);
    expect(mailsTo('buyer@globex.example', installmentOverdue('2026-12-27'))).toHaveLength(1);
    // The last installment, due on the invoice's own due date, keeps the key it had before
    // installments were reminded of one by one (a reminder already sent is not sent again).
    await portal.clock.during('2027-02-22T15:00:00.000Z', () => runRacing(run));
    expect(mailsTo('buyer@globex.example', installmentDue('2027-02-25'))).toHaveLength(1);
    // …with the second, unpaid, overdue by then.
    expect(mailsTo('buyer@globex.example', installmentOverdue('2027-01-26'))).toHaveLength(1);
    const keys = await portal.runtime.dataSource
      .getRepository(SentNotice)
      .find({ where: { key: Like(`invoice-reminder:${stored.id}:%`) }, order: { key: 'ASC' } });
    expect(keys.map((k) => k.key)).toEqual([
      `invoice-reminder:${stored.id}:2026-12-27:due-3`,
      `invoice-reminder:${stored.id}:2026-12-27:overdue-7`,
      `invoice-reminder:${stored.id}:2027-01-26:due-3`,
      `invoice-reminder:${stored.id}:2027-01-26:overdue-7`,
      `invoice-reminder:${stored.id}:due-3`,
    ]);
    // Settle it so later suites' runs owe it nothing.
    await seedPayment(portal, globex.company, '2027-02-23', [{ invoiceId: stored.id, amount: '57.74' }]);
  });
});
