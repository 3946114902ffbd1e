import { OrderStatus, Role } from '@portal/domain';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Company, Order, OrderEvent, Session, User, type OrderChannel } from '../entity';
import { monthsBetween } from '../service/metrics/adoption.service';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const ADOPTION = `query($from: Date!, $to: Date!) {
  portalAdoption(from: $from, to: $to) { month activeAccountShare portalOrderShare averageOrdersPerActiveUser phoneOrders totalOrders }
}`;
const ARTICLE_FIGURES = `query($from: Date!, $to: Date!, $baselineFrom: Date, $baselineTo: Date) {
  portalAdoption(from: $from, to: $to, baselineFrom: $baselineFrom, baselineTo: $baselineTo) {
    month accountsWithPortalUsers orderingAccounts orderingAccountShare portalOrders activeUsers
    issueReports issueReportsPer100Orders portalOrderShareChange phoneOrderBaselineAverage phoneOrderChange
  }
}`;

describe('adoption months', () => {
  it('covers the calendar months of the range, both ends included, at most 36', () => {
    expect(monthsBetween('2026-10-15', '2026-12-01').map((m) => m.month)).toEqual([
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
    expect(monthsBetween('2025-12-31', '2026-01-01').map((m) => m.month)).toEqual([
      '2025-12-01',
      '2026-01-01',
    ]);
    expect(monthsBetween('2024-01-01', '2026-12-31')).toHaveLength(36);
    expect(() => monthsBetween('2023-12-01', '2026-12-01')).toThrow(/36 months/);
    expect(() => monthsBetween('2026-12-01', '2026-11-30')).toThrow(/before/);
  });
});

describe.each(testEngines())('portalAdoption on %s', (engine) => {
  let portal: TestPortal;
  let sales: GraphQLClient;
  let n = 0;

  const session = async (user: User, at: string) => {
    const createdAt = new Date(at);
    await portal.runtime.dataSource.getRepository(Session).insert({
      userId: user.id,
      tokenHash: randomBytes(32).toString('hex'),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 86_400_000),
      lastSeenAt: createdAt,
      revokedAt: null,
      ipAddress: '127.0.0.1',
      userAgent: 'test',
    });
  };
  const order = async (
    company: Company,
    channel: OrderChannel,
    submittedAt: string | null,
    status: Order['status'] = OrderStatus.SALES_ORDER,
  ) => {
    n += 1;
    const at = new Date(submittedAt ?? '2026-10-10T10:00:00Z');
    return portal.runtime.dataSource.getRepository(Order).save({
      number: `SO-8${String(n).padStart(5, '0')}`,
      status,
      channel,
      companyId: company.id,
      createdById: null,
      currencyCode: 'USD',
      submittedAt: submittedAt ? at : null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
  };

  const orderEvent = async (orderId: number, kind: string, at: string) => {
    await portal.runtime.dataSource.getRepository(OrderEvent).insert({
      orderId,
      kind,
      at: new Date(at),
      status: OrderStatus.SALES_ORDER,
      actorId: null,
      message: 'The pallet arrived damaged.',
      redactedMessage: null,
    });
  };
  const portalUser = async (company: Company, email: string, status: User['status'], at: string) => {
    await portal.runtime.dataSource.getRepository(User).insert({
      email,
      name: email,
      role: Role.BUYER,
      status,
      companyId: company.id,
      passwordHash: null,
      lastLoginAt: null,
      createdAt: new Date(at),
      updatedAt: new Date(at),
    });
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine);
    const ds = portal.runtime.dataSource;
    const { acme, globex } = portal.fixture;
    // Acme's and Globex's users have been portal users since January.
    await ds
      .createQueryBuilder()
      .update(User)
      .set({ createdAt: new Date('2026-01-01T00:00:00Z') })
      .execute();
    // Three customer companies since January, a fourth from 10 November.
    await ds
      .createQueryBuilder()
      .update(Company)
      .set({ createdAt: new Date('2026-01-01T00:00:00Z') })
      .execute();
    const base = {
      parentId: null,
      pricelistId: null,
      paymentTermId: null,
      currencyCode: 'USD',
      creditLimit: null,
      minimumOrderValue: null,
      taxExempt: false,
      taxExemptionCertificate: null,
    };
    const initech = await ds.getRepository(Company).save({
      ...base,
      name: 'Initech',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    });
    // Initech's only user never accepted the invitation: Initech has no portal user.
    await portalUser(initech, 'invited@initech.example', 'INVITED', '2026-02-01T00:00:00Z');
    const late = await ds.getRepository(Company).save({
      ...base,
      name: 'Late Co',
      createdAt: new Date('2026-11-10T00:00:00Z'),
      updatedAt: new Date('2026-11-10T00:00:00Z'),
    });

    // October: acme (buyer twice, admin) and globex sign in; 3 users, 2 of 3 companies.
    await session(acme.users.BUYER, '2026-10-01T00:00:00Z');
    await session(acme.users.BUYER, '2026-10-20T12:00:00Z');
    await session(acme.users.PORTAL_ADMIN, '2026-10-21T12:00:00Z');
    await session(globex.users.BUYER, '2026-10-31T23:59:59.999Z');
    // 3 PORTAL + 1 API of 7 submitted; 1 PHONE; 2 EMAIL. A draft and a September order do not count.
    const october: Order[] = [];
    for (const at of ['2026-10-02T08:00:00Z', '2026-10-05T08:00:00Z', '2026-10-31T23:59:59.000Z'])
      october.push(await order(acme.company, 'PORTAL', at));
    await order(globex.company, 'API', '2026-10-12T08:00:00Z');
    await order(acme.company, 'PHONE', '2026-10-13T08:00:00Z');
    await order(globex.company, 'EMAIL', '2026-10-14T08:00:00Z');
    await order(globex.company, 'EMAIL', '2026-10-15T08:00:00Z', OrderStatus.CANCELLED);
    await order(acme.company, 'PORTAL', null, OrderStatus.DRAFT);
    await order(acme.company, 'PORTAL', '2026-09-30T23:59:59.999Z');
    // November: globex signs in (1 of 4 companies); one phone order. Staff sign-ins do not count.
    await session(globex.users.BUYER, '2026-11-01T00:00:00Z');
    const november = await order(late, 'PHONE', '2026-11-11T08:00:00Z');
    // Late Co's first portal user from 10 November (a disabled user was a portal user too).
    await portalUser(late, 'first@late.example', 'DISABLED', '2026-11-10T09:00:00Z');
    // Issue reports: two in October (one at its last millisecond), one in November; comments do not count.
    await orderEvent(october[0]!.id, 'ISSUE_REPORTED', '2026-10-03T08:00:00Z');
    await orderEvent(october[1]!.id, 'ISSUE_REPORTED', '2026-10-31T23:59:59.999Z');
    await orderEvent(october[1]!.id, 'COMMENT', '2026-10-20T08:00:00Z');
    await orderEvent(november.id, 'ISSUE_REPORTED', '2026-11-12T08:00:00Z');
    sales = await portal.signedIn('sales@seller.example');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('reports each calendar month, zeros included, with ratios rounded half-up to 4 decimals', async () => {
    const res = await sales.request(ADOPTION, { from: '2026-09-15', to: '2026-12-01' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.portalAdoption).toEqual([
      {
        month: '2026-09-01',
        activeAccountShare: '0.0000',
        portalOrderShare: '1.0000',
        averageOrdersPerActiveUser: '0.0000',
        phoneOrders: 0,
        totalOrders: 1,
      },
      {
        month: '2026-10-01',
        activeAccountShare: '0.6667',
        portalOrderShare: '0.5714',
        averageOrdersPerActiveUser: '1.3333',
        phoneOrders: 1,
        totalOrders: 7,
      },
      {
        month: '2026-11-01',
        activeAccountShare: '0.2500',
        portalOrderShare: '0.0000',
        averageOrdersPerActiveUser: '0.0000',
        phoneOrders: 1,
        totalOrders: 1,
      },
      {
        month: '2026-12-01',
        activeAccountShare: '0.0000',
        portalOrderShare: '0.0000',
        averageOrdersPerActiveUser: '0.0000',
        phoneOrders: 0,
        totalOrders: 0,
      },
    ]);
  });

  it('reports the article’s figures: ordering accounts, issue reports per 100 orders, the trend and a phone baseline', async () => {
    const withoutBaseline = await sales.request(ARTICLE_FIGURES, { from: '2026-09-15', to: '2026-12-01' });
    expect(withoutBaseline.errors).toBeUndefined();
    // Worked by hand. Companies with portal users: Acme and Globex (since January), Late Co from
    // 10 November (Initech's invitee never activated). Ordering accounts: Acme in September
    // (its 30 September portal order); Acme (PORTAL) and Globex (API) in October; nobody after.
    // The trend compares each month's portal share with the month before (August: no orders, 0).
    expect(withoutBaseline.data?.portalAdoption).toEqual([
      {
        month: '2026-09-01',
        accountsWithPortalUsers: 2,
        orderingAccounts: 1,
        orderingAccountShare: '0.5000',
        portalOrders: 1,
        activeUsers: 0,
        issueReports: 0,
        issueReportsPer100Orders: '0.00',
        portalOrderShareChange: '1.0000',
        phoneOrderBaselineAverage: null,
        phoneOrderChange: null,
      },
      {
        month: '2026-10-01',
        accountsWithPortalUsers: 2,
        orderingAccounts: 2,
        orderingAccountShare: '1.0000',
        portalOrders: 4,
        activeUsers: 3,
        issueReports: 2,
        issueReportsPer100Orders: '28.57', // 2 of 7 orders
        portalOrderShareChange: '-0.4286', // 0.5714 - 1.0000
        phoneOrderBaselineAverage: null,
        phoneOrderChange: null,
      },
      {
        month: '2026-11-01',
        accountsWithPortalUsers: 3,
        orderingAccounts: 0,
        orderingAccountShare: '0.0000',
        portalOrders: 0,
        activeUsers: 1,
        issueReports: 1,
        issueReportsPer100Orders: '100.00',
        portalOrderShareChange: '-0.5714',
        phoneOrderBaselineAverage: null,
        phoneOrderChange: null,
      },
      {
        month: '2026-12-01',
        accountsWithPortalUsers: 3,
        orderingAccounts: 0,
        orderingAccountShare: '0.0000',
        portalOrders: 0,
        activeUsers: 0,
        issueReports: 0,
        issueReportsPer100Orders: '0.00',
        portalOrderShareChange: '0.0000',
        phoneOrderBaselineAverage: null,
        phoneOrderChange: null,
      },
    ]);

    // Baseline October-November: 2 phone orders in 2 months, 1.00 a month.
    const withBaseline = await sales.request(ARTICLE_FIGURES, {
      from: '2026-09-01',
      to: '2026-12-31',
      baselineFrom: '2026-10-01',
      baselineTo: '2026-11-30',
    });
    expect(withBaseline.errors).toBeUndefined();
    expect(
      (
        withBaseline.data?.portalAdoption as { phoneOrderBaselineAverage: string; phoneOrderChange: string }[]
      ).map((m) => [m.phoneOrderBaselineAverage, m.phoneOrderChange]),
    ).toEqual([
      ['1.00', '-1.0000'],
      ['1.00', '0.0000'],
      ['1.00', '0.0000'],
      ['1.00', '-1.0000'],
    ]);
    // A baseline without phone orders has nothing to compare with.
    const emptyBaseline = await sales.request(ARTICLE_FIGURES, {
      from: '2026-10-01',
      to: '2026-10-31',
      baselineFrom: '2026-01-01',
      baselineTo: '2026-03-31',
    });
    expect(emptyBaseline.data?.portalAdoption).toMatchObject([
      { phoneOrderBaselineAverage: '0.00', phoneOrderChange: null },
    ]);
  });

  it('refuses a baseline with one end, or longer than 36 months', async () => {
    for (const baseline of [
      { baselineFrom: '2026-01-01' },
      { baselineTo: '2026-01-31' },
      { baselineFrom: '2023-01-01', baselineTo: '2026-01-31' },
      { baselineFrom: '2026-02-01', baselineTo: '2026-01-31' },
    ]) {
      const res = await sales.request(ARTICLE_FIGURES, { from: '2026-10-01', to: '2026-10-31', ...baseline });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.data?.portalAdoption ?? null).toBeNull();
    }
  });

  it('refuses bad ranges with BAD_USER_INPUT and viewers without METRICS_READ', async () => {
    for (const [from, to] of [
      ['2026-12-01', '2026-11-30'],
      ['2023-12-01', '2026-12-01'],
    ]) {
      const res = await sales.request(ADOPTION, { from, to });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(
      (await sales.request(ADOPTION, { from: '2026-02-30', to: '2026-03-01' })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    for (const email of ['buyer@acme.example', 'admin@acme.example', 'warehouse@seller.example']) {
      const client = await portal.signedIn(email);
      const res = await client.request(ADOPTION, { from: '2026-10-01', to: '2026-10-31' });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.portalAdoption ?? null).toBeNull();
    }
  });
});
