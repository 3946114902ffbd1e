import { Money, toDecimalString } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { PaymentTerm } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { invoiceOrder, seedShippedOrder } from '../testing/invoice-fixture';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { pdfAllText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const SAVE_COMPANY = `mutation($input: SaveCompanyInput!) { saveCompany(input: $input) {
  company { id name sharedCreditLimit } userErrors { field code message }
} }`;
const ORDERS = `query { orders(first: 100) { totalCount edges { node { number company { name } } } } }`;
const ORDER_ACTIONS = `query($id: ID!) { order(id: $id) { availableActions } }`;
const ORDER = `query($id: ID!) { order(id: $id) { number company { name } documents { kind url } } }`;
const STATEMENT = `query($companyId: ID, $consolidated: Boolean) {
  accountStatement(companyId: $companyId, consolidated: $consolidated) {
    company { name } consolidated closingBalance { amount }
    entries { kind reference companyName debit { amount } }
    aging { totalOutstanding { amount } }
    document { url }
  }
}`;
const AGING = `query($companyId: ID) { agingReport(companyId: $companyId) { totalOutstanding { amount } } }`;

/**
 * Parent companies on the fixture: Acme Restaurant Group becomes the parent of Globex Chemicals
 * and of a new Acme West (no users). Acme has the Gold tier pricelist, the restaurants access
 * group, an approval rule (orders above 5,000.00) and, here, the payment term "Net 45"; Globex's
 * own pricelist and term are cleared, so it takes Acme's.
 */
describe.each(testEngines())('parent companies on %s', (engine) => {
  let portal: TestPortal;
  let staff: GraphQLClient;
  let sales: GraphQLClient;
  let acmeAdmin: GraphQLClient;
  let globexAdmin: GraphQLClient;
  let globexBuyer: GraphQLClient;
  let westId: string;
  let globexPhoneOrderId: string;
  let keys = 0;
  const key = () => `parent-${++keys}`;
  const acmeId = () => toGlobalId('Company', portal.fixture.acme.company.id);
  const globexId = () => toGlobalId('Company', portal.fixture.globex.company.id);
  const save = async (input: Record<string, unknown>) => {
    const res = await staff.request(SAVE_COMPANY, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCompany.userErrors).toEqual([]);
    return res.data?.saveCompany.company;
  };
  const phoneDraft = async (companyId: string, lines: { sku: string; quantity: string }[]) => {
    const res = await sales.request(CREATE, { input: { companyId, channel: 'PHONE', lines } });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    return res.data?.createDraftOrder.order;
  };
  const numbers = async (client: GraphQLClient) =>
    ((await client.request(ORDERS)).data?.orders.edges as { node: { company: { name: string } } }[]).map(
      (e) => e.node.company.name,
    );

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    [staff, sales, acmeAdmin, globexAdmin, globexBuyer] = await Promise.all([
      portal.signedIn('admin@seller.example'),
      portal.signedIn('sales@seller.example'),
      portal.signedIn('admin@acme.example'),
      portal.signedIn('admin@globex.example'),
      portal.signedIn('buyer@globex.example'),
    ]);
    const net45 = await portal.runtime.dataSource.getRepository(PaymentTerm).save({
      name: 'Net 45',
      netDays: 45,
      endOfMonth: false,
      earlyPaymentDiscountPercent: null,
      earlyPaymentDiscountDays: null,
      createdAt: portal.clock.now(),
    });
    await save({
      companyId: acmeId(),
      paymentTermId: toGlobalId('PaymentTerm', net45.id),
      creditLimit: '1000',
    });
    await save({ companyId: globexId(), parentId: acmeId(), pricelistId: null, paymentTermId: null });
    westId = (await save({ name: 'Acme West', currencyCode: 'USD', parentId: acmeId() })).id;
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('shares the parent’s credit limit across its subsidiaries: of two that race, one passes', async () => {
    expect((await save({ companyId: acmeId(), sharedCreditLimit: true })).sharedCreditLimit).toBe(true);
    // 50 cs of CUP-12 at Acme's Gold tier, inherited by both: 1,200 ea × 0.44 = 528.00 + 8.25% tax
    // (43.56) = 571.56. Either fits the shared 1,000.00; both (1,143.12) do not.
    const globexOrder = await phoneDraft(globexId(), [{ sku: 'CUP-12', quantity: '50' }]);
    const westOrder = await phoneDraft(westId, [{ sku: 'CUP-12', quantity: '50' }]);
    expect([globexOrder.total.amount, westOrder.total.amount]).toEqual(['571.56', '571.56']);
    const results = await Promise.all(
      [globexOrder, westOrder].map((o) =>
        sales.request(SUBMIT, { input: { orderId: o.id, idempotencyKey: key() } }),
      ),
    );
    const outcomes = results.map(
      (r) => r.data?.submitOrder.userErrors[0]?.code ?? r.data?.submitOrder.order.status,
    );
    expect(outcomes.sort()).toEqual(['CREDIT_LIMIT_EXCEEDED', 'SALES_ORDER']);

    // A limit per company: Globex and Acme West have none of their own, so the other one passes.
    await save({ companyId: acmeId(), sharedCreditLimit: false });
    const refused = results.findIndex((r) => r.data?.submitOrder.userErrors.length);
    const retry = await sales.request(SUBMIT, {
      input: { orderId: [globexOrder, westOrder][refused].id, idempotencyKey: key() },
    });
    expect(retry.data?.submitOrder.userErrors).toEqual([]);
    globexPhoneOrderId = globexOrder.id;
    await save({ companyId: acmeId(), creditLimit: null });
  });

  it('gives a subsidiary without its own the parent’s pricelist, access groups, approval rules and payment term', async () => {
    // CHEF-KNIFE is restricted to restaurants (Acme's group): Globex sees it through Acme, at the
    // Gold tier (45.00 − 5% = 42.75). 300 cs of CUP-12 (3,168.00) + 45 knives (1,923.75) = 5,091.75
    // + tax: above Acme's approval rule of 5,000.00.
    const res = await globexBuyer.request(CREATE, {
      input: {
        lines: [
          { sku: 'CUP-12', quantity: '300' },
          { sku: 'CHEF-KNIFE', quantity: '45' },
        ],
      },
    });
    expect(res.data?.createDraftOrder.userErrors).toEqual([]);
    // Shown as it applies: no pricelist or term of its own, the parent's in effect.
    const terms = await staff.request(
      `query($id: ID!) { node(id: $id) { ... on Company {
        pricelist { name } effectivePricelist { name } paymentTerm { name } effectivePaymentTerm { name } } } }`,
      { id: globexId() },
    );
    const acmeTerms = await staff.request(
      `query($id: ID!) { node(id: $id) { ... on Company { pricelist { name } paymentTerm { name } } } }`,
      { id: acmeId() },
    );
    expect(terms.data?.node).toEqual({
      pricelist: null,
      effectivePricelist: acmeTerms.data?.node.pricelist,
      paymentTerm: null,
      effectivePaymentTerm: { name: 'Net 45' },
    });
    expect(acmeTerms.data?.node.pricelist).not.toBeNull();
    const draft = res.data?.createDraftOrder.order;
    expect(
      draft.lines.map((l: { sku: string; unitPrice: { amount: string } }) => [l.sku, l.unitPrice.amount]),
    ).toEqual([
      ['CUP-12', '10.56'],
      ['CHEF-KNIFE', '42.75'],
    ]);
    expect(draft.subtotal.amount).toBe('5091.75');
    const placed = await globexBuyer.request(SUBMIT, { input: { orderId: draft.id, idempotencyKey: key() } });
    expect(placed.data?.submitOrder.userErrors).toEqual([]);
    expect(placed.data?.submitOrder.order.status).toBe('PENDING_APPROVAL');

    // The order confirmation of Globex's placed order names the term it is invoiced on: Acme's.
    const read = await globexAdmin.request(ORDER, { id: globexPhoneOrderId });
    const confirmation = read.data?.order.documents.find(
      (d: { kind: string }) => d.kind === 'ORDER_CONFIRMATION',
    );
    const pdf = await fetch(`${portal.url}${confirmation.url}`, {
      headers: { cookie: globexAdmin.sessionCookie ?? '' },
    });
    expect(await pdfAllText(Buffer.from(await pdf.arrayBuffer()))).toContain('Payment terms: Net 45');
  });

  it("lets the parent's admin read its subsidiaries' orders, and a subsidiary's users only their own", async () => {
    const acmeOrder = await phoneDraft(acmeId(), [{ sku: 'DEGR-1', quantity: '50' }]);
    expect(
      (await sales.request(SUBMIT, { input: { orderId: acmeOrder.id, idempotencyKey: key() } })).data
        ?.submitOrder.userErrors,
    ).toEqual([]);
    const seenByParent = await numbers(acmeAdmin);
    expect(new Set(seenByParent)).toEqual(
      new Set(['Acme Restaurant Group', 'Globex Chemicals', 'Acme West']),
    );
    const seenBySubsidiary = await numbers(globexAdmin);
    expect(new Set(seenBySubsidiary)).toEqual(new Set(['Globex Chemicals']));

    // By id too: a sibling's or the parent's order is "not found" for a subsidiary's admin.
    const westOrders = await portal.runtime.dataSource.query(
      'SELECT id FROM sales_order WHERE companyId = ?',
      [Number(Buffer.from(westId, 'base64').toString().split(':')[1])],
    );
    const westOrderId = toGlobalId('Order', westOrders[0].id);
    expect((await globexAdmin.request(ORDER, { id: westOrderId })).data?.order).toBeNull();
    expect((await globexAdmin.request(ORDER, { id: acmeOrder.id })).data?.order).toBeNull();
    expect((await acmeAdmin.request(ORDER, { id: westOrderId })).data?.order.company.name).toBe('Acme West');

    // The parent's readers filter by a subsidiary; a subsidiary's filter on another company finds nothing.
    const FILTERED = `query($companyId: ID) { orders(first: 100, filter: { companyId: $companyId }) {
      totalCount edges { node { company { name } } } } }`;
    const west = (await acmeAdmin.request(FILTERED, { companyId: westId })).data?.orders;
    expect(west.totalCount).toBeGreaterThan(0);
    expect(
      new Set(west.edges.map((e: { node: { company: { name: string } } }) => e.node.company.name)),
    ).toEqual(new Set(['Acme West']));
    for (const companyId of [acmeId(), westId])
      expect((await globexAdmin.request(FILTERED, { companyId })).data?.orders.totalCount).toBe(0);
  });
  it("lets the parent's admin approve, reject, cancel and reorder its subsidiaries' orders by their rules; never the other way", async () => {
    const APPROVE = `mutation($input: OrderActionInput!) { approveOrder(input: $input) { ${PAYLOAD} } }`;
    const REJECT = `mutation($input: OrderActionInput!) { rejectOrder(input: $input) { ${PAYLOAD} } }`;
    const CANCEL = `mutation($input: OrderActionInput!) { cancelOrder(input: $input) { ${PAYLOAD} } }`;
    const REORDER = `mutation($input: ReorderInput!) { reorder(input: $input) { ${PAYLOAD} } }`;
    const AUDIT =
      'SELECT actorId, companyId, changes FROM audit_log WHERE entityType = ? AND entityId = ? AND action = ?';
    const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);
    const acmeAdminUser = portal.fixture.acme.users.PORTAL_ADMIN;
    // 45 made-to-order signs at Acme's Gold tier: above the 5,000.00 approval rule Globex inherits.
    const pending = async () => {
      const created = await globexBuyer.request(CREATE, {
        input: { lines: [{ sku: 'MTO-SIGN', quantity: '45' }] },
      });
      const placed = await globexBuyer.request(SUBMIT, {
        input: { orderId: created.data?.createDraftOrder.order.id, idempotencyKey: key() },
      });
      expect(placed.data?.submitOrder.order.status).toBe('PENDING_APPROVAL');
      return placed.data?.submitOrder.order;
    };

    // Approve: the subsidiary's order is placed; the event and the audit name who and from which company.
    const first = await pending();
    expect(first.availableActions).not.toContain('APPROVE');
    const seen = (await acmeAdmin.request(ORDER_ACTIONS, { id: first.id })).data?.order.availableActions;
    expect(seen).toEqual(expect.arrayContaining(['APPROVE', 'REJECT', 'CANCEL', 'REORDER']));
    const approved = await acmeAdmin.request(APPROVE, {
      input: { orderId: first.id, comment: 'For the group' },
    });
    expect(approved.data?.approveOrder.userErrors).toEqual([]);
    const order = approved.data?.approveOrder.order;
    expect(order.status).toBe('SALES_ORDER');
    expect(order.approval.decidedBy.email).toBe('admin@acme.example');
    const EVENTS = `query($id: ID!) { order(id: $id) { events { actor { email } actorCompany { name } } } }`;
    const events = (await acmeAdmin.request(EVENTS, { id: first.id })).data?.order.events;
    expect(events.at(-1)).toMatchObject({
      actor: { email: 'admin@acme.example' },
      actorCompany: { name: 'Acme Restaurant Group' },
    });
    // The subsidiary reads from which company its order was decided (not the parent's user list).
    const theirs = (await globexAdmin.request(EVENTS, { id: first.id })).data?.order.events;
    expect(theirs.at(-1).actorCompany).toEqual({ name: 'Acme Restaurant Group' });
    const [audit] = await portal.runtime.dataSource.query(AUDIT, [
      'Order',
      String(idOf(first.id)),
      'APPROVED',
    ]);
    expect(audit.actorId).toBe(acmeAdminUser.id);
    expect(audit.companyId).toBe(portal.fixture.globex.company.id);
    expect(JSON.parse(audit.changes)).toMatchObject({ actorCompanyId: portal.fixture.acme.company.id });

    // Cancel under the subsidiary's rules: the placed order, by the parent's admin.
    const cancelled = await acmeAdmin.request(CANCEL, {
      input: { orderId: first.id, comment: 'Not needed' },
    });
    expect(cancelled.data?.cancelOrder.userErrors).toEqual([]);
    expect(cancelled.data?.cancelOrder.order.status).toBe('CANCELLED');

    // Reject: back to its author as a draft.
    const second = await pending();
    const rejected = await acmeAdmin.request(REJECT, { input: { orderId: second.id, comment: 'Too many' } });
    expect(rejected.data?.rejectOrder.userErrors).toEqual([]);
    expect(rejected.data?.rejectOrder.order.status).toBe('DRAFT');

    // Reorder: a draft of the subsidiary, priced at its prices; submitting it meets its approval rule.
    const copied = await acmeAdmin.request(REORDER, { input: { orderId: first.id } });
    expect(copied.data?.reorder.userErrors).toEqual([]);
    const draft = copied.data?.reorder.order;
    expect(draft.company.name).toBe('Globex Chemicals');
    expect(draft.createdBy.email).toBe('admin@acme.example');
    expect(draft.lines.map((l: { sku: string; quantity: string }) => [l.sku, l.quantity])).toEqual([
      ['MTO-SIGN', '45'],
    ]);
    expect(draft.total.amount).toBe(first.total.amount);
    const submitted = await acmeAdmin.request(SUBMIT, {
      input: { orderId: draft.id, idempotencyKey: key() },
    });
    expect(submitted.data?.submitOrder.userErrors).toEqual([]);
    expect(submitted.data?.submitOrder.order.status).toBe('PENDING_APPROVAL');
    // The reorder's draft is not the parent admin's cart (their cart orders for their own company).
    const cart = await acmeAdmin.request(`query { viewer { cart { company { name } } } }`);
    expect(cart.data?.viewer.cart?.company.name ?? null).not.toBe('Globex Chemicals');
    expect(
      (await acmeAdmin.request(CANCEL, { input: { orderId: submitted.data?.submitOrder.order.id } })).data
        ?.cancelOrder.userErrors,
    ).toEqual([]);
    await globexBuyer.request(CANCEL, { input: { orderId: second.id } });

    // Never the other way: the parent's and a sibling's orders are not found for a subsidiary's admin.
    const acmeBuyer = await portal.signedIn('buyer@acme.example');
    const acmeDraft = await acmeBuyer.request(CREATE, {
      input: { lines: [{ sku: 'DEGR-1', quantity: '10' }] },
    });
    const [westOrder] = await portal.runtime.dataSource.query(
      'SELECT id FROM sales_order WHERE companyId = ?',
      [idOf(westId)],
    );
    for (const orderId of [acmeDraft.data?.createDraftOrder.order.id, toGlobalId('Order', westOrder.id)])
      for (const [mutation, name] of [
        [APPROVE, 'approveOrder'],
        [REJECT, 'rejectOrder'],
        [CANCEL, 'cancelOrder'],
        [REORDER, 'reorder'],
      ] as const) {
        const input = name === 'reorder' ? { orderId } : { orderId, comment: 'No' };
        const res = await globexAdmin.request(mutation, { input });
        expect(res.data?.[name].userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
      }
  });

  it("gives the parent's users each subsidiary's statement and a consolidated one; never the other way", async () => {
    const accounting = await portal.signedIn('accounting@seller.example');
    const invoiced = async (author: (typeof portal.fixture.acme.users)['BUYER'], price: string) => {
      const order = await seedShippedOrder(portal, author, [
        { sku: 'DEGR-1', quantity: '10', unitPrice: price },
      ]);
      const { invoice, userErrors } = await invoiceOrder(accounting, order);
      expect(userErrors).toEqual([]);
      return invoice as { number: string; total: { amount: string } };
    };
    const acmeInvoice = await invoiced(portal.fixture.acme.users.BUYER, '12.00');
    const globexInvoice = await invoiced(portal.fixture.globex.users.BUYER, '7.50');

    // Consolidated: both companies' invoices in one ledger, each naming its company.
    const all = (await acmeAdmin.request(STATEMENT, { consolidated: true })).data?.accountStatement;
    expect(all.consolidated).toBe(true);
    expect(all.company.name).toBe('Acme Restaurant Group');
    const byReference = new Map(
      (all.entries as { reference: string; companyName: string | null }[]).map((e) => [
        e.reference,
        e.companyName,
      ]),
    );
    expect(byReference.get(acmeInvoice.number)).toBe('Acme Restaurant Group');
    expect(byReference.get(globexInvoice.number)).toBe('Globex Chemicals');
    const both = Money.of(acmeInvoice.total.amount, 'USD').add(Money.of(globexInvoice.total.amount, 'USD'));
    expect(all.aging.totalOutstanding.amount).toBe(toDecimalString(both.amount, 2));

    // One subsidiary, named by the parent's admin: only its entries, no company column.
    const globexOnly = (await acmeAdmin.request(STATEMENT, { companyId: globexId() })).data?.accountStatement;
    expect(globexOnly.company.name).toBe('Globex Chemicals');
    expect(globexOnly.consolidated).toBe(false);
    expect(globexOnly.entries.map((e: { reference: string }) => e.reference)).toEqual([globexInvoice.number]);
    expect(globexOnly.entries[0].companyName).toBeNull();
    expect(
      (await acmeAdmin.request(AGING, { companyId: globexId() })).data?.agingReport.totalOutstanding.amount,
    ).toBe(globexInvoice.total.amount);
    const west = (await acmeAdmin.request(STATEMENT, { companyId: westId })).data?.accountStatement;
    expect(west.entries).toEqual([]);
    const INVOICES = `query($companyId: ID) { invoices(first: 50, filter: { companyId: $companyId }) {
      edges { node { number } } } }`;
    const numbersOf = (res: { data?: { invoices?: { edges: { node: { number: string } }[] } } | null }) =>
      (res.data?.invoices?.edges ?? []).map((e) => e.node.number);
    expect(numbersOf(await acmeAdmin.request(INVOICES, { companyId: globexId() }))).toEqual([
      globexInvoice.number,
    ]);
    expect(numbersOf(await globexAdmin.request(INVOICES, { companyId: acmeId() }))).toEqual([]);

    // The parent's users list its subsidiaries (for the statement's company picker); a subsidiary's users do not.
    const SUBSIDIARIES = `query { viewer { company { subsidiaries { name } parent { subsidiaries { name } } } } }`;
    expect((await acmeAdmin.request(SUBSIDIARIES)).data?.viewer.company.subsidiaries).toEqual([
      { name: 'Acme West' },
      { name: 'Globex Chemicals' },
    ]);
    expect((await globexAdmin.request(SUBSIDIARIES)).data?.viewer.company).toEqual({
      subsidiaries: [],
      parent: { subsidiaries: [] },
    });

    // The PDFs: the consolidated one prints each entry's company; a subsidiary's reads its own.
    const pdf = async (client: GraphQLClient, url: string) =>
      fetch(`${portal.url}${url}`, { headers: { cookie: client.sessionCookie ?? '' } });
    const consolidatedPdf = await pdf(acmeAdmin, all.document.url);
    expect(consolidatedPdf.status).toBe(200);
    const text = await pdfAllText(Buffer.from(await consolidatedPdf.arrayBuffer()));
    expect(text).toContain(`${globexInvoice.number} (Globex Chemicals)`);
    expect((await pdf(acmeAdmin, globexOnly.document.url)).status).toBe(200);

    // A subsidiary's users read neither the parent's nor a sibling's account, nor a consolidated one.
    for (const variables of [{ companyId: acmeId() }, { companyId: westId }]) {
      const res = await globexAdmin.request(STATEMENT, variables);
      expect(res.errors?.[0]?.message).toBe('No such company.');
      expect((await globexAdmin.request(AGING, variables)).errors?.[0]?.message).toBe('No such company.');
    }
    const refused = await globexAdmin.request(STATEMENT, { consolidated: true });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe('Globex Chemicals has no subsidiaries to consolidate.');
    expect((await pdf(globexAdmin, all.document.url)).status).toBe(404);
    // Their own statement stays theirs.
    const own = (await globexAdmin.request(STATEMENT, {})).data?.accountStatement;
    expect(own.entries.map((e: { reference: string }) => e.reference)).toEqual([globexInvoice.number]);
    // Staff consolidate any parent.
    const staffView = (await accounting.request(STATEMENT, { companyId: acmeId(), consolidated: true })).data
      ?.accountStatement;
    expect(staffView.entries.length).toBe(all.entries.length);
  });
});
