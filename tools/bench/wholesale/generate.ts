import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import mysql, { type Connection } from 'mysql2/promise';
import { createDataSource, migrate } from '../../seed/gateway';
import { Prng } from '../../seed/core/prng';
import { REGIONAL_TAX_RATES, TAX_RATES, UNITS } from '../../seed/world/catalog-data';
import { BulkWriter, cents, date, datetime, str, type Literal, type TableTimings } from './bulk-writer';
import { repoRoot } from './options';
import { CITIES, DEPARTMENTS, ITEMS, MATERIALS, SIZES } from './vocabulary';

/**
 * The wholesale data set (issue 17) at `scale` (1: 100,000 products in 2,000 categories, 5,000
 * companies on 500 pricelists of 1,000 rules, 1,000,000 orders of about 10 lines, 300,000
 * invoices), written into a fresh MariaDB database whose schema comes from the gateway's
 * migrations. Deterministic for a seed. What it simplifies, so that it loads in minutes:
 * - historic order prices are list price less a drawn discount (not re-priced by the engine);
 * - the stock ledger holds an opening receipt per product and the reservations of open orders
 *   (pending approval, confirmed, in progress); shipped orders have no shipment rows or
 *   shipment movements (their lines say what shipped);
 * - every company has no credit limit, so that the benchmark's submits are never refused for credit.
 */
export interface WholesaleOptions {
  scale: number;
  seed: number;
  now: Date;
  /** One hash, reused by every user (hashing per user would take minutes). */
  passwordHash: string;
  /**
   * On a reused load, leave missing or stale price indexes as they are (the report says how many
   * are fresh): building 500 pricelists over 100,000 products takes the better part of an hour.
   */
  skipPriceIndexBuild?: boolean;
  log?: (line: string) => void;
}

export interface WholesaleCounts {
  categories: number;
  products: number;
  pricelists: number;
  rulesPerPricelist: number;
  companies: number;
  orders: number;
}

export interface GenerationReport {
  reused: boolean;
  seconds: number;
  timings: TableTimings;
  priceIndex: string;
}

export const MARKER_TABLE = 'bench_wholesale_marker';
const DAY = 86_400_000;
const YEARS = 3;

export function countsAt(scale: number): WholesaleCounts {
  const at = (full: number, min: number) => Math.max(min, Math.round(full * scale));
  return {
    categories: at(2_000, 20),
    products: at(100_000, 300),
    pricelists: at(500, 4),
    rulesPerPricelist: at(1_000, 40),
    companies: at(5_000, 8),
    orders: at(1_000_000, 200),
  };
}

/** `mysql://user@host:port` and a database name to `mysql://user@host:port/name`. */
export function databaseUrl(server: string, database: string): string {
  return `${server.replace(/\/$/, '')}/${database}`;
}

async function markerMatches(server: string, database: string, options: WholesaleOptions): Promise<boolean> {
  const connection = await mysql.createConnection({ uri: server });
  try {
    const [tables] = await connection.query(
      'SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?',
      [database, MARKER_TABLE],
    );
    if ((tables as unknown[]).length === 0) return false;
    // A marker without generatedOrders (an older generator) does not match: the data is made again.
    const [columns] = await connection.query(
      'SELECT 1 FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?',
      [database, MARKER_TABLE, 'generatedOrders'],
    );
    if ((columns as unknown[]).length === 0) return false;
    const [rows] = await connection.query(
      `SELECT scale, seed, generatedOrders FROM \`${database}\`.\`${MARKER_TABLE}\` WHERE complete = 1`,
    );
    const row = (rows as { scale: string; seed: number }[])[0];
    return !!row && Number(row.scale) === options.scale && row.seed === options.seed;
  } finally {
    await connection.end();
  }
}

/**
 * Loads the data set into `database` on `server` (dropped and created afresh), or keeps it when a
 * complete load of the same scale and seed is already there. Then (re)builds the gateway's
 * derived price index when the gateway has the command for it.
 */
export async function generateWholesale(
  server: string,
  database: string,
  options: WholesaleOptions,
): Promise<GenerationReport> {
  const log = options.log ?? console.log;
  const started = Date.now();
  const url = databaseUrl(server, database);
  if (await markerMatches(server, database, options)) {
    log(
      `${database} already holds the wholesale data at scale ${options.scale}, seed ${options.seed}: reused`,
    );
    await migrateSchema(url);
    // A reused load may meet a newer gateway (or another business date): stale indexes are
    // rebuilt here, before any scenario, never by the gateway in the background during one.
    const priceIndex = options.skipPriceIndexBuild
      ? `not built on reuse (--skip-price-index-build); ${await freshIndexes(url, options.now)}`
      : await rebuildPriceIndex(url, options.now, log);
    return { reused: true, seconds: 0, timings: new Map(), priceIndex };
  }
  const admin = await mysql.createConnection({ uri: server });
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`);
  await admin.end();
  await migrateSchema(url);

  const connection = await mysql.createConnection({ uri: url, multipleStatements: false });
  try {
    // This session only: the generator hands out every id and key itself and checks nothing twice.
    await connection.query('SET unique_checks = 0, foreign_key_checks = 0');
    await connection.query(
      `CREATE TABLE \`${MARKER_TABLE}\` (scale VARCHAR(16) NOT NULL, seed INT NOT NULL, complete TINYINT NOT NULL, generatedAt DATETIME(3) NOT NULL, seconds INT NULL, generatedOrders INT NOT NULL)`,
    );
    await connection.query(`INSERT INTO \`${MARKER_TABLE}\` VALUES (?, ?, 0, NOW(3), NULL, ?)`, [
      String(options.scale),
      options.seed,
      countsAt(options.scale).orders,
    ]);
    const writer = new BulkWriter(connection, 4000);
    await new WholesaleGenerator(writer, connection, options, log).run();
    const seconds = Math.round((Date.now() - started) / 1000);
    await connection.query(`UPDATE \`${MARKER_TABLE}\` SET complete = 1, seconds = ?`, [seconds]);
    await connection.query('SET unique_checks = 1, foreign_key_checks = 1');
    const priceIndex = await rebuildPriceIndex(url, options.now, log);
    return { reused: false, seconds: (Date.now() - started) / 1000, timings: writer.timings, priceIndex };
  } finally {
    await connection.end();
  }
}

async function migrateSchema(url: string): Promise<void> {
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await migrate(ds);
  } finally {
    await ds.destroy();
  }
}

/** How many pricelists' indexes are fresh for the bench's business date (as the gateway decides it). */
async function freshIndexes(url: string, now: Date): Promise<string> {
  const today = now.toISOString().slice(0, 10);
  const connection = await mysql.createConnection({ uri: url, dateStrings: true });
  try {
    const [rows] = await connection.query(
      `SELECT COUNT(*) AS total, COALESCE(SUM(builtVersion = requestedVersion
          AND (validFrom IS NULL OR validFrom <= ?) AND (validUntil IS NULL OR ? < validUntil)), 0) AS fresh
        FROM price_index_state`,
      [today, today],
    );
    const [counts] = rows as { total: number; fresh: number | string }[];
    return `${Number(counts?.fresh)} of ${counts?.total} pricelists' indexes fresh`;
  } finally {
    await connection.end();
  }
}

/**
 * Runs the gateway's price-index build for the bench's business date: every pricelist whose
 * index is missing or stale (none when a reused load is already fresh), in one build process per
 * core (each pricelist is claimed by one of them through its state row's lease). Says what it did.
 */
async function rebuildPriceIndex(url: string, now: Date, log: (line: string) => void): Promise<string> {
  const cli = path.join(repoRoot(), 'apps/gateway/dist/cli/rebuild-price-index.js');
  if (!existsSync(cli)) {
    log('price index: apps/gateway/dist/cli/rebuild-price-index.js not found, skipped');
    return 'skipped (no rebuild-price-index in this gateway)';
  }
  const t0 = Date.now();
  const processes = Math.max(1, os.cpus().length);
  const exits = await Promise.all(
    Array.from(
      { length: processes },
      () =>
        new Promise<number | null>((resolve, reject) => {
          const child = spawn(process.execPath, [cli], {
            env: { ...process.env, DATABASE_URL: url, PORTAL_NOW: now.toISOString() },
            stdio: 'inherit',
          });
          child.once('error', reject);
          child.once('exit', (code) => resolve(code));
        }),
    ),
  );
  const failed = exits.filter((code) => code !== 0);
  if (failed.length > 0) throw new Error(`rebuild-price-index exited with ${failed.join(', ')}`);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  log(`price index: missing or stale pricelists built in ${seconds} s by ${processes} processes`);
  return `missing or stale pricelists built in ${seconds} s by ${processes} processes`;
}

interface ProductRow {
  id: number;
  sku: Literal;
  name: Literal;
  listCents: number;
  baseUnitId: number;
  /** The case unit and its factor, when the product has one. */
  caseUnit: { unitId: number; factor: number } | null;
  taxRateBp: number;
  onHand: number;
  reserved: number;
}

/** Order statuses by age: the newest orders are still open, older ones went through. */
const RECENT_STATUSES: readonly (readonly [string, number])[] = [
  ['PENDING_APPROVAL', 5],
  ['SALES_ORDER', 30],
  ['IN_PROGRESS', 25],
  ['SHIPPED', 25],
  ['DELIVERED', 10],
  ['CANCELLED', 5],
];
const OLD_STATUSES: readonly (readonly [string, number])[] = [
  ['INVOICED', 30],
  ['DELIVERED', 64],
  ['CANCELLED', 6],
];
const HOLDS_STOCK = new Set(['PENDING_APPROVAL', 'SALES_ORDER', 'IN_PROGRESS']);
const SHIPPED = new Set(['SHIPPED', 'DELIVERED', 'INVOICED']);

class WholesaleGenerator {
  private readonly counts: WholesaleCounts;
  private readonly rng: Prng;
  private readonly nowMs: number;
  private readonly unitIds = new Map<string, number>();
  private products: ProductRow[] = [];
  private leafCategories: number[] = [];
  /** Per company: buyer and admin user ids, shipping address id. */
  private companies: { id: number; buyerId: number; adminId: number; shipToId: number }[] = [];

  constructor(
    private readonly writer: BulkWriter,
    private readonly connection: Connection,
    private readonly options: WholesaleOptions,
    private readonly log: (line: string) => void,
  ) {
    this.counts = countsAt(options.scale);
    this.rng = new Prng(options.seed);
    this.nowMs = options.now.getTime();
  }

  async run(): Promise<void> {
    await this.phase('reference data', () => this.referenceData());
    await this.phase('categories', () => this.categories());
    await this.phase('products, units, stock', () => this.productsAndStock());
    await this.phase('pricelists and rules', () => this.pricelists());
    await this.phase('companies, users, addresses', () => this.companiesAndUsers());
    await this.phase('orders, lines, events, invoices', () => this.ordersAndInvoices());
    await this.phase('open orders’ reservations in stock', () => this.stockLevels());
  }

  private async phase(name: string, body: () => Promise<void>): Promise<void> {
    const t0 = Date.now();
    await body();
    await this.writer.flush();
    this.log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  private get createdAt(): Literal {
    return datetime(this.nowMs - YEARS * 365 * DAY - 30 * DAY);
  }

  private async referenceData(): Promise<void> {
    for (const [i, u] of UNITS.entries()) {
      this.unitIds.set(u.symbol, i + 1);
      await this.writer.row(
        'unit_of_measure',
        ['id', 'name', 'symbol', 'category', 'ratio', 'rounding'],
        [String(i + 1), str(u.name), str(u.symbol), str(u.category), u.ratio, u.rounding],
      );
    }
    for (const t of TAX_RATES)
      await this.writer.row(
        'tax_rate',
        ['taxClass', 'name', 'rate', 'countryCode', 'region'],
        [str(t.taxClass), str(t.name), t.rate, "''", "''"],
      );
    for (const t of REGIONAL_TAX_RATES)
      await this.writer.row(
        'tax_rate',
        ['taxClass', 'name', 'rate', 'countryCode', 'region'],
        [str(t.taxClass), str(t.name), t.rate, str(t.countryCode), str(t.region)],
      );
    const terms: [string, number][] = [
      ['Net 30', 30],
      ['Net 45', 45],
      ['Net 60', 60],
    ];
    for (const [i, [name, days]] of terms.entries())
      await this.writer.row(
        'payment_term',
        ['id', 'name', 'netDays', 'createdAt'],
        [String(i + 1), str(name), String(days), this.createdAt],
      );
  }

  /** A tree: the departments, then groups under them, then leaves under the groups. */
  private async categories(): Promise<void> {
    const total = this.counts.categories;
    const roots = DEPARTMENTS.length;
    const groups = Math.max(roots, Math.round((total - roots) * 0.1));
    const columns = ['id', 'name', 'parentId'];
    let id = 0;
    for (const department of DEPARTMENTS)
      await this.writer.row('category', columns, [String(++id), str(department), 'NULL']);
    for (let g = 0; g < groups && id < total; g++) {
      const parent = (g % roots) + 1;
      await this.writer.row('category', columns, [
        String(++id),
        str(`${DEPARTMENTS[parent - 1]} ${this.rng.pick(ITEMS).toLowerCase()} ${g + 1}`),
        String(parent),
      ]);
    }
    const firstGroup = roots + 1;
    const lastGroup = id;
    while (id < total) {
      const parent = this.rng.int(firstGroup, lastGroup);
      await this.writer.row('category', columns, [
        String(++id),
        str(`${this.rng.pick(MATERIALS)} ${this.rng.pick(ITEMS).toLowerCase()} line ${id}`),
        String(parent),
      ]);
      this.leafCategories.push(id);
    }
    if (this.leafCategories.length === 0)
      for (let g = firstGroup; g <= lastGroup; g++) this.leafCategories.push(g);
  }

  private async productsAndStock(): Promise<void> {
    const ea = this.unitId('ea');
    const kg = this.unitId('kg');
    const litre = this.unitId('L');
    const caseUnit = this.unitId('cs');
    const created = this.createdAt;
    const productColumns = [
      'id',
      'sku',
      'name',
      'description',
      'categoryId',
      'baseUnitId',
      'listPrice',
      'cost',
      'minimumOrderQuantity',
      'orderMultiple',
      'published',
      'availabilityPolicy',
      'leadTimeDays',
      'taxClass',
      'createdAt',
      'updatedAt',
    ];
    const unitColumns = ['productId', 'unitId', 'factor', 'isDefault'];
    for (let id = 1; id <= this.counts.products; id++) {
      const material = this.rng.pick(MATERIALS);
      const item = this.rng.pick(ITEMS);
      const name = `${material} ${item} ${this.rng.pick(SIZES)} M${id}`;
      const sku = `WS-${String(id).padStart(6, '0')}`;
      const base = this.rng.weighted([
        [ea, 80],
        [kg, 10],
        [litre, 10],
      ]);
      const listCents = this.rng.int(50, 4000) * this.rng.pick([1, 1, 1, 3, 10]);
      const costCents = Math.floor((listCents * this.rng.int(55, 80)) / 100);
      const hasCase = base === ea && this.rng.chance(70);
      const factor = hasCase ? this.rng.pick([6, 12, 24, 48, 100]) : 0;
      // Every tenth product has a minimum order quantity and an order multiple (its case).
      const packed = hasCase && id % 10 === 0;
      const category = this.rng.pick(this.leafCategories);
      const taxClass = this.rng.chance(20) ? 'FOOD' : 'STANDARD';
      const onHand = this.rng.chance(4) ? 0 : this.rng.int(2_000, 60_000);
      const product: ProductRow = {
        id,
        sku: str(sku),
        name: str(name),
        listCents,
        baseUnitId: base,
        caseUnit: hasCase ? { unitId: caseUnit, factor } : null,
        taxRateBp: taxClass === 'FOOD' ? 0 : 825,
        onHand,
        reserved: 0,
      };
      this.products.push(product);
      await this.writer.row('product', productColumns, [
        String(id),
        product.sku,
        product.name,
        this.rng.chance(50)
          ? str(`${material} ${item.toLowerCase()} for professional use, model M${id}`)
          : 'NULL',
        String(category),
        String(base),
        cents(listCents),
        cents(costCents),
        packed ? String(factor) : 'NULL',
        packed ? String(factor) : 'NULL',
        this.rng.chance(98) ? '1' : '0',
        str(
          this.rng.weighted([
            ['SHOW_UNAVAILABLE', 70],
            ['ALLOW_BACKORDER', 25],
            ['HIDE_WHEN_OUT_OF_STOCK', 5],
          ]),
        ),
        this.rng.chance(30) ? String(this.rng.int(2, 21)) : 'NULL',
        str(taxClass),
        created,
        created,
      ]);
      await this.writer.row('product_unit', unitColumns, [
        String(id),
        String(base),
        '1',
        hasCase ? '0' : '1',
      ]);
      if (hasCase)
        await this.writer.row('product_unit', unitColumns, [
          String(id),
          String(caseUnit),
          String(factor),
          '1',
        ]);
      // The opening receipt; the level row is written after the orders, with their reservations.
      if (onHand > 0)
        await this.writer.row(
          'stock_movement',
          [
            'productId',
            'locationId',
            'kind',
            'quantity',
            'onHandAfter',
            'reservedAfter',
            'reason',
            'createdAt',
          ],
          [String(id), '1', "'RECEIPT'", String(onHand), String(onHand), '0', "'Opening stock'", created],
        );
    }
  }

  /**
   * Each pricelist: category discounts, product fixed prices with volume breaks, product
   * percentage discounts, cost-plus formulas, an all-products discount; about one in five (after
   * the first ten) prices a category from an earlier pricelist (a chain, at most three deep).
   */
  private async pricelists(): Promise<void> {
    const columns = [
      'pricelistId',
      'position',
      'label',
      'scope',
      'categoryId',
      'productId',
      'minQuantity',
      'validFrom',
      'validTo',
      'computation',
      'fixedPrice',
      'percentDiscount',
      'base',
      'basePricelistId',
      'formulaDiscountPercent',
      'formulaSurcharge',
      'formulaRounding',
      'formulaMinMargin',
      'formulaMaxMargin',
      'createdAt',
      'customerText',
    ];
    const depth: number[] = [];
    const created = this.createdAt;
    const categories = this.counts.categories;
    for (let p = 1; p <= this.counts.pricelists; p++) {
      await this.writer.row(
        'pricelist',
        ['id', 'name', 'currencyCode', 'showsCatalogPrices', 'createdAt', 'updatedAt'],
        [String(p), str(`Contract ${p}`), "'USD'", this.rng.chance(50) ? '1' : '0', created, created],
      );
      const candidates = Array.from({ length: p - 1 }, (_, i) => i + 1).filter((q) => depth[q]! < 3);
      const basedOn =
        p > 10 && this.rng.chance(20) && candidates.length > 0 ? this.rng.pick(candidates) : null;
      depth[p] = basedOn ? depth[basedOn]! + 1 : 1;
      let position = 0;
      const rule = async (values: Partial<Record<(typeof columns)[number], Literal>>) => {
        position++;
        await this.writer.row(
          'pricelist_rule',
          columns,
          columns.map((c) =>
            c === 'pricelistId'
              ? String(p)
              : c === 'position'
                ? String(position)
                : c === 'createdAt'
                  ? created
                  : c === 'minQuantity'
                    ? (values.minQuantity ?? '0')
                    : (values[c] ?? 'NULL'),
          ),
        );
      };
      await rule({
        scope: "'ALL_PRODUCTS'",
        computation: "'PERCENT_DISCOUNT'",
        percentDiscount: String(this.rng.int(0, 5)),
      });
      if (basedOn)
        await rule({
          scope: "'CATEGORY'",
          categoryId: String(this.rng.int(1, DEPARTMENTS.length)),
          computation: "'FORMULA'",
          base: "'OTHER_PRICELIST'",
          basePricelistId: String(basedOn),
          formulaDiscountPercent: String(this.rng.int(1, 4)),
          formulaRounding: '0.01',
          label: str(`Contract ${basedOn} less a little`),
        });
      while (position < this.counts.rulesPerPricelist) {
        const kind = this.rng.weighted([
          ['fixed', 45],
          ['breaks', 20],
          ['category', 15],
          ['percent', 10],
          ['formula', 10],
        ] as const);
        const product = this.rng.pick(this.products);
        const seasonal = this.rng.chance(5);
        const validity = seasonal
          ? { validFrom: date(this.nowMs - 60 * DAY), validTo: date(this.nowMs + 60 * DAY) }
          : {};
        if (kind === 'fixed' || kind === 'breaks') {
          const price = Math.floor((product.listCents * this.rng.int(75, 95)) / 100);
          await rule({
            scope: "'PRODUCT'",
            productId: String(product.id),
            computation: "'FIXED'",
            fixedPrice: cents(price),
            ...validity,
          });
          if (kind === 'breaks')
            for (const [minQuantity, percent] of [
              [10, 96],
              [50, 92],
            ] as const)
              await rule({
                scope: "'PRODUCT'",
                productId: String(product.id),
                minQuantity: String(minQuantity),
                computation: "'FIXED'",
                fixedPrice: cents(Math.floor((price * percent) / 100)),
                customerText: "'Volume price'",
              });
        } else if (kind === 'category') {
          await rule({
            scope: "'CATEGORY'",
            categoryId: String(this.rng.int(1, categories)),
            computation: "'PERCENT_DISCOUNT'",
            percentDiscount: String(this.rng.int(3, 15)),
            ...validity,
          });
        } else if (kind === 'percent') {
          await rule({
            scope: "'PRODUCT'",
            productId: String(product.id),
            minQuantity: this.rng.pick(['0', '24', '100']),
            computation: "'PERCENT_DISCOUNT'",
            percentDiscount: String(this.rng.int(5, 20)),
          });
        } else {
          await rule({
            scope: "'CATEGORY'",
            categoryId: String(this.rng.int(1, categories)),
            computation: "'FORMULA'",
            base: "'COST'",
            formulaDiscountPercent: `-${this.rng.int(15, 35)}`,
            formulaRounding: '0.05',
            formulaMinMargin: '0.01',
            label: "'Cost plus'",
          });
        }
      }
    }
  }

  private async companiesAndUsers(): Promise<void> {
    const created = this.createdAt;
    const hash = str(this.options.passwordHash);
    let userId = 0;
    let addressId = 0;
    for (let c = 1; c <= this.counts.companies; c++) {
      const pricelist = ((c - 1) % this.counts.pricelists) + 1;
      await this.writer.row(
        'company',
        ['id', 'name', 'pricelistId', 'paymentTermId', 'currencyCode', 'createdAt', 'updatedAt'],
        [
          String(c),
          str(`Wholesale customer ${c}`),
          String(pricelist),
          String((c % 3) + 1),
          "'USD'",
          created,
          created,
        ],
      );
      const [city, region, postal] = CITIES[c % CITIES.length]!;
      const shipToId = ++addressId;
      const addressColumns = [
        'id',
        'companyId',
        'label',
        'line1',
        'city',
        'region',
        'postalCode',
        'countryCode',
        'isDefaultShipping',
        'isDefaultBilling',
      ];
      await this.writer.row('address', addressColumns, [
        String(shipToId),
        String(c),
        "'Warehouse'",
        str(`${c} Dock Road`),
        str(city),
        str(region),
        str(postal),
        "'US'",
        '1',
        '0',
      ]);
      await this.writer.row('address', addressColumns, [
        String(++addressId),
        String(c),
        "'Head office'",
        str(`${c} Main Street`),
        str(city),
        str(region),
        str(postal),
        "'US'",
        '0',
        '1',
      ]);
      const userColumns = [
        'id',
        'email',
        'name',
        'role',
        'status',
        'companyId',
        'passwordHash',
        'createdAt',
        'updatedAt',
        'holdsAddress',
      ];
      const user = async (email: string, name: string, role: string): Promise<number> => {
        const id = ++userId;
        await this.writer.row('user', userColumns, [
          String(id),
          str(email),
          str(name),
          `'${role}'`,
          "'ACTIVE'",
          String(c),
          hash,
          created,
          created,
          '1',
        ]);
        return id;
      };
      const buyerId = await user(buyerEmail(c), `Buyer ${c}`, 'BUYER');
      const adminId = await user(adminEmail(c), `Admin ${c}`, 'PORTAL_ADMIN');
      this.companies.push({ id: c, buyerId, adminId, shipToId });
    }
  }

  /** Orders in time order over three years; the numbers follow the dates. */
  private async ordersAndInvoices(): Promise<void> {
    const total = this.counts.orders;
    const span = YEARS * 365 * DAY;
    const start = this.nowMs - span;
    const orderColumns = [
      'id',
      'number',
      'status',
      'channel',
      'companyId',
      'createdById',
      'currencyCode',
      'purchaseOrderNumber',
      'shippingAddressId',
      'subtotal',
      'taxTotal',
      'total',
      'submittedAt',
      'createdAt',
      'updatedAt',
      'version',
    ];
    const lineColumns = [
      'id',
      'orderId',
      'position',
      'productId',
      'sku',
      'description',
      'quantity',
      'unitId',
      'baseQuantity',
      'unitPrice',
      'lineTotal',
      'taxRate',
      'taxAmount',
      'shippedQuantity',
      'cancelledQuantity',
    ];
    const eventColumns = ['orderId', 'at', 'status', 'actorId', 'kind', 'message'];
    const invoiceColumns = [
      'id',
      'number',
      'kind',
      'status',
      'companyId',
      'orderId',
      'issuedOn',
      'dueOn',
      'currencyCode',
      'subtotal',
      'taxTotal',
      'total',
      'amountPaid',
      'paymentTermId',
      'createdAt',
      'updatedAt',
    ];
    const invoiceLineColumns = [
      'invoiceId',
      'position',
      'orderLineId',
      'productId',
      'description',
      'quantity',
      'unitId',
      'unitPrice',
      'lineTotal',
      'taxRate',
      'taxAmount',
    ];
    let lineId = 0;
    let invoiceId = 0;
    const lines: Literal[][] = [];
    for (let o = 1; o <= total; o++) {
      const at = start + Math.floor(((o - 1) * span) / total) + this.rng.int(0, 3_600_000);
      const age = this.nowMs - at;
      const status = this.rng.weighted(age < 30 * DAY ? RECENT_STATUSES : OLD_STATUSES);
      const company = this.rng.pick(this.companies);
      const count = this.rng.int(1, 19);
      let subtotal = 0;
      let tax = 0;
      lines.length = 0;
      for (let position = 1; position <= count; position++) {
        const product = this.rng.pick(this.products);
        const inCases = product.caseUnit !== null && this.rng.chance(50);
        const factor = inCases ? product.caseUnit!.factor : 1;
        const quantity = this.rng.int(1, inCases ? 10 : 40);
        const unitPrice = Math.floor((product.listCents * factor * this.rng.int(80, 100)) / 100);
        const lineTotal = unitPrice * quantity;
        const lineTax = Math.floor((lineTotal * product.taxRateBp + 5000) / 10000);
        subtotal += lineTotal;
        tax += lineTax;
        const baseQuantity = quantity * factor;
        if (HOLDS_STOCK.has(status)) product.reserved += baseQuantity;
        lines.push([
          String(++lineId),
          String(o),
          String(position),
          String(product.id),
          product.sku,
          product.name,
          String(quantity),
          String(inCases ? product.caseUnit!.unitId : product.baseUnitId),
          String(baseQuantity),
          cents(unitPrice),
          cents(lineTotal),
          product.taxRateBp === 0 ? '0' : '8.25',
          cents(lineTax),
          SHIPPED.has(status) ? String(quantity) : '0',
          status === 'CANCELLED' ? String(quantity) : '0',
        ]);
      }
      const number = str(`SO-${String(o).padStart(7, '0')}`);
      const orderAt = datetime(at);
      await this.writer.row('sales_order', orderColumns, [
        String(o),
        number,
        str(status),
        this.rng.chance(85) ? "'PORTAL'" : "'PHONE'",
        String(company.id),
        String(company.buyerId),
        "'USD'",
        this.rng.chance(40) ? str(`PO-${company.id}-${o}`) : 'NULL',
        String(company.shipToId),
        cents(subtotal),
        cents(tax),
        cents(subtotal + tax),
        orderAt,
        orderAt,
        datetime(at + Math.min(age, 5 * DAY)),
        '1',
      ]);
      for (const line of lines) await this.writer.row('order_line', lineColumns, line);
      await this.writer.row('order_event', eventColumns, [
        String(o),
        orderAt,
        "'SALES_ORDER'",
        String(company.buyerId),
        "'SUBMITTED'",
        'NULL',
      ]);
      if (status !== 'SALES_ORDER')
        await this.writer.row('order_event', eventColumns, [
          String(o),
          datetime(at + Math.min(age, 4 * DAY)),
          str(status),
          'NULL',
          "'STATUS_CHANGED'",
          'NULL',
        ]);
      if (status === 'INVOICED') {
        const issued = at + 5 * DAY;
        const paid = this.nowMs - issued > 60 * DAY;
        const invoiceTotal = cents(subtotal + tax);
        await this.writer.row('invoice', invoiceColumns, [
          String(++invoiceId),
          str(`INV-${String(invoiceId).padStart(7, '0')}`),
          "'INVOICE'",
          paid ? "'PAID'" : "'OPEN'",
          String(company.id),
          String(o),
          date(issued),
          date(issued + 30 * DAY),
          "'USD'",
          cents(subtotal),
          cents(tax),
          invoiceTotal,
          paid ? invoiceTotal : '0',
          String((company.id % 3) + 1),
          datetime(issued),
          datetime(issued),
        ]);
        for (const line of lines)
          await this.writer.row('invoice_line', invoiceLineColumns, [
            String(invoiceId),
            line[2]!,
            line[0]!,
            line[3]!,
            line[5]!,
            line[6]!,
            line[7]!,
            line[9]!,
            line[10]!,
            line[11]!,
            line[12]!,
          ]);
      }
    }
    await this.writer.flush();
    await this.connection.query(
      "INSERT INTO number_sequence (name, nextValue) VALUES ('sales_order', ?), ('invoice', ?), ('rfq', 1), ('credit_note', 1)",
      [total + 1, invoiceId + 1],
    );
    this.log(`  ${total} orders, ${lineId} lines, ${invoiceId} invoices`);
  }

  /** Stock levels: the opening receipt less nothing shipped, with the open orders' reservations. */
  private async stockLevels(): Promise<void> {
    const at = datetime(this.nowMs - DAY);
    for (const product of this.products) {
      if (product.reserved > 0)
        await this.writer.row(
          'stock_movement',
          [
            'productId',
            'locationId',
            'kind',
            'quantity',
            'onHandAfter',
            'reservedAfter',
            'reason',
            'createdAt',
          ],
          [
            String(product.id),
            '1',
            "'RESERVATION'",
            String(product.reserved),
            String(product.onHand),
            String(product.reserved),
            "'Open orders'",
            at,
          ],
        );
      if (product.onHand > 0 || product.reserved > 0)
        await this.writer.row(
          'stock_level',
          ['productId', 'locationId', 'onHand', 'reserved', 'updatedAt'],
          [String(product.id), '1', String(product.onHand), String(product.reserved), at],
        );
    }
  }

  private unitId(symbol: string): number {
    const id = this.unitIds.get(symbol);
    if (id === undefined) throw new Error(`unit ${symbol} missing`);
    return id;
  }
}

export function buyerEmail(company: number): string {
  return `buyer${company}@wholesale.example`;
}

export function adminEmail(company: number): string {
  return `admin${company}@wholesale.example`;
}
