import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Money, dec, formatDecimal, formatMoney, formatUnitPrice, lineTotal, sumMoney } from '@portal/domain';
import { seedDemoData } from './demo-data';
import {
  bootPortal,
  createDataSource,
  hashPassword,
  loadConfig,
  migrate,
  type BootedPortal,
} from './gateway';

/**
 * An accountant's first check of the demo data: every line of every invoice, credit note, order and
 * quotation multiplies out (quantity × unit price = line total, to the cent), the lines add up to
 * the subtotal and subtotal + tax to the total, on the API and in the PDFs as a reader reads them.
 */
const NOW = '2026-11-27T09:00:00.000Z';
const PASSWORD = 'portal-demo';

interface LineJson {
  quantity: string;
  unit: { symbol: string } | null;
  unitPrice: { amount: string };
  lineTotal: { amount: string };
}
interface DocumentJson {
  kind: string;
  url: string;
}
interface PricedJson {
  number: string;
  subtotal: { amount: string; currencyCode: string };
  taxTotal: { amount: string };
  total: { amount: string };
  lines: LineJson[];
}

/** A signed-in GraphQL client over HTTP with the session cookie. */
class Client {
  private cookie = '';
  constructor(private readonly base: string) {}

  async signIn(email: string): Promise<void> {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { login(input: $input) { userErrors { message } } }`,
        variables: { input: { email, password: PASSWORD } },
      }),
    });
    this.cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    expect(this.cookie, email).not.toBe('');
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }

  async bytes(url: string): Promise<Uint8Array> {
    const res = await fetch(new URL(url, this.base), { headers: { cookie: this.cookie } });
    expect(res.status, url).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  }

  /** Every node of a connection query (`$after` paged, 100 at a time). */
  async all<T>(query: string, pick: (data: any) => { edges: { node: T }[]; pageInfo: any }): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    for (;;) {
      const page = pick(await this.request(query, { after }));
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }
}

/** The text of a PDF as a reader reads it (the gateway's own pdfjs-dist reader, one string). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((s) => s.trim().length > 0)
        .join(' '),
    );
  }
  await document.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

const LINES = 'lines { quantity unit { symbol } unitPrice { amount } lineTotal { amount } }';
const FIGURES = `number subtotal { amount currencyCode } taxTotal { amount } total { amount } ${LINES}`;
const PAGE = 'pageInfo { hasNextPage endCursor }';
const INVOICES = `query($after: String) { invoices(first: 100, after: $after) { ${PAGE}
  edges { node { ${FIGURES} kind document { kind url } } } } }`;
const ORDERS = `query($after: String) { orders(first: 100, after: $after) { ${PAGE}
  edges { node { ${FIGURES} status documents { kind url } } } } }`;

/** Problems with one document's figures: lines that do not multiply out, sums that do not add up. */
function figureProblems(doc: PricedJson): string[] {
  const currency = doc.subtotal.currencyCode;
  const problems: string[] = [];
  for (const line of doc.lines) {
    const expected = lineTotal(line.unitPrice.amount, line.quantity, currency);
    if (!expected.equals(Money.of(line.lineTotal.amount, currency)))
      problems.push(
        `${doc.number}: ${line.quantity} × ${line.unitPrice.amount} = ${expected.amount.toString()}, not ${line.lineTotal.amount}`,
      );
  }
  const subtotal = sumMoney(
    doc.lines.map((l) => Money.of(l.lineTotal.amount, currency)),
    currency,
  );
  if (!subtotal.equals(Money.of(doc.subtotal.amount, currency)))
    problems.push(
      `${doc.number}: lines add up to ${subtotal.amount.toString()}, subtotal ${doc.subtotal.amount}`,
    );
  const total = Money.of(doc.subtotal.amount, currency).add(Money.of(doc.taxTotal.amount, currency));
  if (!total.equals(Money.of(doc.total.amount, currency)))
    problems.push(`${doc.number}: subtotal + tax is ${total.amount.toString()}, total ${doc.total.amount}`);
  return problems;
}

/**
 * Problems with a document's PDF: each line printed as "qty unit unit-price line-total" with the
 * digits the line has, whose printed figures multiply out; the subtotal and total printed.
 */
function printedProblems(doc: PricedJson, text: string): string[] {
  const currency = doc.subtotal.currencyCode;
  const problems: string[] = [];
  for (const line of doc.lines) {
    const qty = formatDecimal(line.quantity);
    const price = formatUnitPrice(line.unitPrice.amount, currency);
    const total = formatMoney(Money.of(line.lineTotal.amount, currency));
    const printed = `${qty} ${line.unit?.symbol ?? ''} ${price} ${total}`.replace(/\s+/g, ' ');
    if (!text.includes(printed)) problems.push(`${doc.number}: "${printed}" is not printed`);
    const plain = (s: string) => dec(s.replace(/,/g, ''));
    const product = lineTotal(plain(price), plain(qty), currency);
    if (!product.equals(Money.of(plain(total), currency)))
      problems.push(`${doc.number}: printed ${qty} × ${price} = ${formatMoney(product)}, not ${total}`);
  }
  for (const [label, amount] of [
    ['Subtotal', doc.subtotal.amount],
    [`Total ${currency}`, doc.total.amount],
  ] as const) {
    const printed = `${label} ${formatMoney(Money.of(amount, currency))}`;
    if (!text.includes(printed)) problems.push(`${doc.number}: "${printed}" is not printed`);
  }
  return problems;
}

describe('the demo documents reconcile', () => {
  let dir: string;
  let portal: BootedPortal;
  let accounting: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portal-reconcile-'));
    const databaseUrl = `sqlite:${join(dir, 'portal.sqlite')}`;
    const dataSource = createDataSource(databaseUrl);
    await dataSource.initialize();
    await migrate(dataSource);
    await seedDemoData(dataSource, {
      now: new Date(NOW),
      scale: 1,
      passwordHash: await hashPassword(PASSWORD),
    });
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      PORTAL_NOW: NOW,
      DATA_DIR: join(dir, 'data'),
      // This suite reads every document of the demo in big pages, as an auditor's tool would:
      // the partner-app cost limits are not what it is about.
      MAX_QUERY_COST: '100000',
      RATE_LIMITS: 'off',
    });
    portal = await bootPortal(config, { dataSource });
    accounting = new Client(portal.url);
    await accounting.signIn('accounting@seller.example');
  });

  afterAll(async () => {
    await portal?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('on the API and in the PDFs: every invoice and credit note', async () => {
    const invoices = await accounting.all<PricedJson & { kind: string; document: DocumentJson | null }>(
      INVOICES,
      (d) => d.invoices,
    );
    expect(invoices.filter((i) => i.kind === 'CREDIT_NOTE').length).toBeGreaterThan(0);
    const lines = invoices.flatMap((i) => i.lines);
    expect(lines.length).toBeGreaterThan(200);
    // The lines priced at more than the currency's decimals: the ones that used to print wrong.
    expect(lines.filter((l) => dec(l.unitPrice.amount).decimalPlaces() > 2).length).toBeGreaterThan(20);
    const problems = invoices.flatMap(figureProblems);
    for (const invoice of invoices) {
      expect(invoice.document, invoice.number).not.toBeNull();
      problems.push(
        ...printedProblems(invoice, await pdfText(await accounting.bytes(invoice.document!.url))),
      );
    }
    expect(problems).toEqual([]);
  });

  it('on the API and in the PDFs: every order confirmation and quotation', async () => {
    const orders = await accounting.all<PricedJson & { status: string; documents: DocumentJson[] }>(
      ORDERS,
      (d) => d.orders,
    );
    expect(orders.some((o) => o.status === 'QUOTATION')).toBe(true);
    const problems = orders.flatMap(figureProblems);
    let printed = 0;
    for (const order of orders) {
      for (const document of order.documents.filter(
        (d) => d.kind === 'ORDER_CONFIRMATION' || d.kind === 'QUOTATION',
      )) {
        problems.push(...printedProblems(order, await pdfText(await accounting.bytes(document.url))));
        printed++;
      }
    }
    expect(printed).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
