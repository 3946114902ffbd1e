import { compareDecimals, OrderStatus } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invoice, Order } from '../entity';
import { cappedCount, encodeKeysetCursor, type KeysetSort } from '../service/support/keyset-paging';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

const ORDERS = `query($first: Int, $after: String, $sort: OrderSort, $filter: OrderFilter) {
  orders(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount totalCountIsCapped pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { number } }
  }
}`;
const ORDERS_UNCOUNTED = `query($first: Int, $after: String) {
  orders(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { number } } }
}`;
const INVOICES = `query($first: Int, $after: String) {
  invoices(first: $first, after: $after) {
    totalCount totalCountIsCapped pageInfo { hasNextPage endCursor }
    edges { node { number } }
  }
}`;

type SortKey = 'CREATED_AT' | 'SUBMITTED_AT' | 'NUMBER' | 'TOTAL' | 'PRIORITY';
interface Page {
  numbers: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
  totalCountIsCapped: boolean;
}

const ACME_ORDERS = 23; // a page size of 4 does not divide it
const PAGE = 4;
const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 8, minute, 0, 0));

/** Both engines sort NULL first ascending and last descending; rows never tie (the id decides). */
function compareBy<R extends { id: number }>(
  value: (row: R) => string | number | null,
  descending: boolean,
  compare: (a: string | number, b: string | number) => number,
) {
  return (a: R, b: R) => {
    const va = value(a);
    const vb = value(b);
    let c = va === null && vb === null ? 0 : va === null ? -1 : vb === null ? 1 : compare(va, vb);
    if (c === 0) c = a.id - b.id;
    return descending ? -c : c;
  };
}
const natural = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

describe.each(testEngines())('keyset paging of orders and invoices on %s', (engine) => {
  let portal: TestPortal;
  const counter = new StatementCounter();
  let admin: GraphQLClient;
  let buyer: GraphQLClient;
  let acmeOrders: Order[];
  let globexOrders: Order[];
  let inserted = 0;

  const insertOrder = async (companyId: number, createdById: number, shape: Partial<Order>) => {
    inserted += 1;
    const row = portal.runtime.dataSource.getRepository(Order).create({
      number: `SO-K${String(inserted).padStart(4, '0')}`,
      status: shape.submittedAt === null ? OrderStatus.DRAFT : OrderStatus.SALES_ORDER,
      channel: 'PORTAL',
      companyId,
      createdById,
      assignedToId: null,
      currencyCode: 'USD',
      purchaseOrderNumber: null,
      requestedDeliveryDate: null,
      notes: null,
      shippingAddressId: null,
      subtotal: '0',
      taxTotal: '0',
      total: '0',
      priority: false,
      sourceOrderId: null,
      rfqId: null,
      updatedAt: at(0),
      ...shape,
    });
    return portal.runtime.dataSource.getRepository(Order).save(row);
  };

  const page = async (client: GraphQLClient, variables: Record<string, unknown>): Promise<Page> => {
    const res = await client.request(ORDERS, variables);
    expect(res.errors).toBeUndefined();
    const c = res.data?.orders;
    return {
      numbers: c.edges.map((e: { node: { number: string } }) => e.node.number),
      hasNextPage: c.pageInfo.hasNextPage,
      endCursor: c.pageInfo.endCursor,
      totalCount: c.totalCount,
      totalCountIsCapped: c.totalCountIsCapped,
    };
  };

  /** Every page of a sort, with the number of SQL statements each page took. */
  const allPages = async (client: GraphQLClient, sort: Record<string, unknown> | null, first = PAGE) => {
    const numbers: string[] = [];
    const statements: number[] = [];
    let after: string | null = null;
    // Uncounted: a client's first request also reads its session (then cached for a few seconds).
    await page(client, { first, after, sort });
    for (let guard = 0; guard < 50; guard++) {
      const counted = await counter.count(() => page(client, { first, after, sort }));
      numbers.push(...counted.result.numbers);
      statements.push(counted.count);
      if (!counted.result.hasNextPage) return { numbers, statements };
      after = counted.result.endCursor;
    }
    throw new Error('paging did not end');
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    const { acme, globex } = portal.fixture;
    admin = await portal.signedIn('admin@acme.example');
    buyer = await portal.signedIn('buyer@acme.example');
    const totals = ['10.0000', '25.5000', '10.0000', '7.2500'];
    acmeOrders = [];
    for (let i = 0; i < ACME_ORDERS; i++) {
      acmeOrders.push(
        await insertOrder(acme.company.id, i % 2 ? acme.users.BUYER.id : acme.users.PORTAL_ADMIN.id, {
          // Ties on every key: three orders per creation minute, totals repeat, drafts unsubmitted.
          createdAt: at(Math.floor(i / 3)),
          submittedAt: i % 4 === 3 ? null : at(30 + Math.floor(i / 2)),
          total: totals[i % totals.length]!,
          priority: i % 3 === 0,
        }),
      );
    }
    globexOrders = [];
    for (let i = 0; i < 5; i++)
      globexOrders.push(
        await insertOrder(globex.company.id, globex.users.BUYER.id, {
          createdAt: at(i),
          submittedAt: at(40 + i),
          total: '99.0000',
        }),
      );
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const SORTS: { sort: { key: SortKey; descending?: boolean }; order: (a: Order, b: Order) => number }[] = [
    true,
    false,
  ].flatMap((descending) => [
    {
      sort: { key: 'CREATED_AT', descending },
      order: compareBy<Order>((o) => o.createdAt.getTime(), descending, natural),
    },
    {
      sort: { key: 'SUBMITTED_AT', descending },
      order: compareBy<Order>((o) => o.submittedAt?.getTime() ?? null, descending, natural),
    },
    { sort: { key: 'NUMBER', descending }, order: compareBy<Order>((o) => o.number, descending, natural) },
    {
      sort: { key: 'TOTAL', descending },
      order: compareBy(
        (o) => o.total,
        descending,
        (a, b) => compareDecimals(String(a), String(b)),
      ),
    },
  ]);

  it.each(SORTS.map((s) => [`${s.sort.key} ${s.sort.descending ? 'desc' : 'asc'}`, s] as const))(
    'pages through all of a company orders by %s: each once, in order, in the same statements per page',
    async (_, { sort, order }) => {
      const { numbers, statements } = await allPages(admin, sort);
      expect(numbers).toEqual([...acmeOrders].sort(order).map((o) => o.number));
      expect(new Set(statements).size, `statements per page: ${statements.join(', ')}`).toBe(1);
    },
  );

  it('pages through the PRIORITY sort: priority first, each group oldest submitted first (unsubmitted first)', async () => {
    const staff = await portal.signedIn('sales@seller.example');
    const { numbers } = await allPages(staff, { key: 'PRIORITY' }, 5);
    const expected = [...acmeOrders, ...globexOrders].sort((a, b) => {
      if (a.priority !== b.priority) return a.priority ? -1 : 1;
      return compareBy<Order>((o) => o.submittedAt?.getTime() ?? null, false, natural)(a, b);
    });
    const ours = new Set(expected.map((o) => o.number));
    expect(numbers.filter((n) => ours.has(n))).toEqual(expected.map((o) => o.number));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('counts exactly below the cap, says so, and counts nothing when totalCount is not selected', async () => {
    const first = await page(admin, { first: PAGE });
    expect(first).toMatchObject({ totalCount: ACME_ORDERS, totalCountIsCapped: false, hasNextPage: true });
    const uncounted = await counter.count(() => admin.request(ORDERS_UNCOUNTED, { first: PAGE }));
    expect(uncounted.result.errors).toBeUndefined();
    expect(uncounted.statements.join('\n')).not.toMatch(/COUNT\(/i);
    const counted = await counter.count(() => admin.request(ORDERS, { first: PAGE }));
    expect(counted.statements.join('\n')).toMatch(/COUNT\(/i);
    expect(counted.count).toBe(uncounted.count);
  });

  it('stops counting at the cap: the total is the cap and marked as capped, exact below it', async () => {
    const query = () =>
      portal.runtime.dataSource
        .getRepository(Order)
        .createQueryBuilder('o')
        .where('o.companyId = :company', { company: portal.fixture.acme.company.id });
    expect(await cappedCount(query(), 10)).toEqual({ total: 10, capped: true });
    expect(await cappedCount(query(), ACME_ORDERS - 1)).toEqual({ total: ACME_ORDERS - 1, capped: true });
    expect(await cappedCount(query(), ACME_ORDERS)).toEqual({ total: ACME_ORDERS, capped: false });
    expect(await cappedCount(query())).toEqual({ total: ACME_ORDERS, capped: false });
  });

  it('neither repeats nor skips existing orders when an order is placed between two pages', async () => {
    const expected = [...acmeOrders].sort(SORTS[0]!.order).map((o) => o.number);
    const first = await page(admin, { first: 5 });
    expect(first.numbers).toEqual(expected.slice(0, 5));
    // One new order ahead of the cursor (newest), one tied with the last row shown (same minute).
    const lastShown = acmeOrders.find((o) => o.number === first.numbers[4])!;
    const newest = await insertOrder(portal.fixture.acme.company.id, portal.fixture.acme.users.BUYER.id, {
      createdAt: at(59),
      submittedAt: at(59),
    });
    const tied = await insertOrder(portal.fixture.acme.company.id, portal.fixture.acme.users.BUYER.id, {
      createdAt: lastShown.createdAt,
      submittedAt: lastShown.createdAt,
    });
    try {
      const rest: string[] = [];
      let after = first.endCursor;
      for (;;) {
        const next = await page(admin, { first: 5, after });
        rest.push(...next.numbers);
        if (!next.hasNextPage) break;
        after = next.endCursor;
      }
      // The tied one has a higher id: descending, it sorts before the cursor's row, like the newest.
      expect(rest).toEqual(expected.slice(5));
      expect(rest).not.toContain(newest.number);
      expect(rest).not.toContain(tied.number);
    } finally {
      await portal.runtime.dataSource.getRepository(Order).delete([newest.id, tied.id]);
    }
  });

  it('refuses a tampered, malformed or foreign-sort cursor clearly', async () => {
    const byNumber = await page(admin, { first: 2, sort: { key: 'NUMBER' } });
    const other = await admin.request(ORDERS, { first: 2, after: byNumber.endCursor });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toMatch(/another sort/);
    const json = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    for (const after of [
      'not a cursor',
      json('{"v":1,"s":"orders:CREATED_AT:DESC","k":["yesterday",1]}'),
      json('{"v":1,"s":"orders:CREATED_AT:DESC","k":["2026-10-01T08:00:00.000Z"]}'),
      json('{"v":1,"s":"orders:CREATED_AT:DESC","k":["2026-10-01T08:00:00.000Z","1 OR 1=1"]}'),
      json('{"v":1,"s":"orders:CREATED_AT:DESC","k":[null,1]}'),
      json('[1,2]'),
      json('cursor:abc'),
    ]) {
      const res = await admin.request(ORDERS, { first: 2, after });
      expect(res.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message, after).toMatch(/"after" is not a cursor of this list/);
      expect(res.data?.orders ?? null).toBeNull();
    }
    const invoiceCursorOnOrders = json('{"v":1,"s":"invoices:ISSUED_ON:DESC","k":["2026-10-01",1]}');
    expect(
      (await admin.request(ORDERS, { first: 2, after: invoiceCursorOnOrders })).errors?.[0]?.message,
    ).toMatch(/another sort/);
  });

  it('keeps a cursor from the former offset paging working, as an offset', async () => {
    const expected = [...acmeOrders].sort(SORTS[0]!.order).map((o) => o.number);
    const offsetCursor = Buffer.from('cursor:3', 'utf8').toString('base64url');
    const res = await page(admin, { first: 4, after: offsetCursor });
    expect(res.numbers).toEqual(expected.slice(4, 8));
    const next = await page(admin, { first: 4, after: res.endCursor });
    expect(next.numbers).toEqual(expected.slice(8, 12));
  });

  it("keeps the tenant scope in the WHERE: a cursor made of another company's order reaches none of them", async () => {
    const sort: KeysetSort<Order> = {
      name: 'orders:CREATED_AT:DESC',
      keys: [
        { column: 'o.createdAt', property: 'createdAt', kind: 'timestamp', descending: true },
        { column: 'o.id', property: 'id', kind: 'id', descending: true },
      ],
    };
    const globexNewest = [...globexOrders].sort(SORTS[0]!.order)[0]!;
    const forged = encodeKeysetCursor(sort, globexNewest);
    const own = acmeOrders.filter((o) => o.createdById === portal.fixture.acme.users.BUYER.id);
    const seen: string[] = [];
    let after: string | null = forged;
    for (;;) {
      const next = await page(buyer, { first: 3, after });
      seen.push(...next.numbers);
      if (!next.hasNextPage) break;
      after = next.endCursor;
    }
    const globexNumbers = new Set(globexOrders.map((o) => o.number));
    expect(seen.filter((n) => globexNumbers.has(n))).toEqual([]);
    const ownNumbers = new Set(own.map((o) => o.number));
    expect(seen.every((n) => ownNumbers.has(n))).toBe(true);
    // The Globex buyer, given an Acme cursor, still sees only Globex's orders.
    const globexBuyer = await portal.signedIn('buyer@globex.example');
    const acmeCursor = (await page(admin, { first: 1 })).endCursor;
    const theirs = await page(globexBuyer, { first: 50, after: acmeCursor });
    const acmeNumbers = new Set(acmeOrders.map((o) => o.number));
    expect(theirs.numbers.filter((n) => acmeNumbers.has(n))).toEqual([]);
  });

  it('pages through invoices newest issued first, drafts (undated) last, each once', async () => {
    const ds = portal.runtime.dataSource;
    const company = portal.fixture.acme.company.id;
    const issued = [
      '2026-10-03',
      '2026-10-01',
      '2026-10-03',
      null,
      '2026-10-02',
      '2026-10-03',
      null,
      '2026-10-01',
    ];
    const invoices: Invoice[] = [];
    for (const [i, issuedOn] of issued.entries())
      invoices.push(
        await ds.getRepository(Invoice).save(
          ds.getRepository(Invoice).create({
            number: `INV-K${i}`,
            kind: 'INVOICE',
            status: issuedOn === null ? 'DRAFT' : 'OPEN',
            companyId: company,
            orderId: null,
            creditedInvoiceId: null,
            reason: null,
            issuedOn,
            dueOn: issuedOn,
            currencyCode: 'USD',
            subtotal: '1',
            taxTotal: '0',
            total: '1',
            amountPaid: '0',
            paymentTermId: null,
            earlyPaymentDiscountPercent: null,
            earlyPaymentDiscountDeadline: null,
            taxExemptionText: null,
            createdById: null,
            createdAt: at(0),
            updatedAt: at(0),
          }),
        ),
      );
    const expectedAll = [...invoices]
      .sort(compareBy<Invoice>((i) => i.issuedOn, true, natural))
      .map((i) => i.number);
    const pages = async (client: GraphQLClient) => {
      const numbers: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { errors?: unknown; data?: Record<string, any> | null } = await client.request(INVOICES, {
          first: 3,
          after,
        });
        expect(res.errors).toBeUndefined();
        const c = res.data?.invoices;
        numbers.push(...c.edges.map((e: { node: { number: string } }) => e.node.number));
        if (!c.pageInfo.hasNextPage)
          return { numbers, totalCount: c.totalCount, capped: c.totalCountIsCapped };
        after = c.pageInfo.endCursor;
      }
    };
    const accounting = await portal.signedIn('accounting@seller.example');
    const staffView = await pages(accounting);
    expect(staffView.numbers).toEqual(expectedAll);
    expect(staffView).toMatchObject({ totalCount: issued.length, capped: false });
    // The customer never sees drafts: the issued ones, in the same order.
    const customerView = await pages(admin);
    expect(customerView.numbers).toEqual(
      expectedAll.filter((n) => invoices.find((i) => i.number === n)!.issuedOn !== null),
    );
  });
});
