import { OrderStatus } from '@portal/domain';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Company, Order, Session, type OrderChannel, type User } from '../entity';
import { monthsBetween } from '../service/metrics/adoption.service';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const ADOPTION = `query($from: Date!, $to: Date!) {
  portalAdoption(from: $from, to: $to) { month activeAccountShare portalOrderShare averageOrdersPerActiveUser phoneOrders totalOrders }
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
    await portal.runtime.dataSource.getRepository(Order).insert({
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

  beforeAll(async () => {
    portal = await startTestPortal(engine);
    const ds = portal.runtime.dataSource;
    const { acme, globex } = portal.fixture;
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
    await ds.getRepository(Company).insert({
      ...base,
      name: 'Initech',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    });
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
    for (const at of ['2026-10-02T08:00:00Z', '2026-10-05T08:00:00Z', '2026-10-31T23:59:59.000Z'])
      await order(acme.company, 'PORTAL', at);
    await order(globex.company, 'API', '2026-10-12T08:00:00Z');
    await order(acme.company, 'PHONE', '2026-10-13T08:00:00Z');
    await order(globex.company, 'EMAIL', '2026-10-14T08:00:00Z');
    await order(globex.company, 'EMAIL', '2026-10-15T08:00:00Z', OrderStatus.CANCELLED);
    await order(acme.company, 'PORTAL', null, OrderStatus.DRAFT);
    await order(acme.company, 'PORTAL', '2026-09-30T23:59:59.999Z');
    // November: globex signs in (1 of 4 companies); one phone order. Staff sign-ins do not count.
    await session(globex.users.BUYER, '2026-11-01T00:00:00Z');
    await order(late, 'PHONE', '2026-11-11T08:00:00Z');
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
