import { createHash } from 'node:crypto';
import {
  Money,
  addDays,
  approvalReasonText,
  approvalReasons,
  createPricingEngine,
  dueDateOf,
  toDecimalString,
  type ApprovalRule as DomainApprovalRule,
  type Pricelist as DomainPricelist,
  type PricelistRule as DomainPricelistRule,
  type PricingEngine,
  type ProductPricingInput,
  type Role,
} from '@portal/domain';
import {
  AccessGroup,
  Address,
  Approval,
  Category,
  Company,
  CompanyAccessGroup,
  CompanyApprovalRule,
  Invoice,
  InvoiceLine,
  NumberSequence,
  Order,
  OrderEvent,
  OrderLine,
  OrderTemplate,
  OrderTemplateLine,
  Payment,
  PaymentAllocation,
  PaymentTerm,
  PaymentTermInstallment,
  Pricelist,
  PricelistRule,
  Product,
  ProductAccessGroup,
  ProductUnit,
  Rfq,
  RfqLine,
  RfqMessage,
  Session,
  Shipment,
  TaxRate,
  UnitOfMeasure,
  User,
  type OrderChannel,
  type OrderStatus,
  type RfqStatus,
  type createDataSource,
} from './gateway';
import {
  ACCESS_GROUPS,
  CATEGORIES,
  TAX_RATES,
  UNITS,
  generateProducts,
  type ProductSpec,
} from './catalog-data';
import { dec, fmt, mul, percentOf, round, sum, type Micros } from './decimal';
import {
  COMPANIES,
  PARENT_COMPANY,
  PORTAL_ROLES,
  STAFF,
  type CompanySpec,
  type PortalRole,
  type PricelistKey,
  type StaffRole,
  type TermKey,
} from './demo-world';
import { PRICELISTS } from './pricing-setup';
import { Prng } from './prng';

type DataSource = ReturnType<typeof createDataSource>;
type EntityManager = DataSource['manager'];

export interface SeedOptions {
  /** The demo's "now": history lies in the ≈ 6 months before it. */
  now: Date;
  /** Multiplies products (200 × scale) and order history; a whole number ≥ 1. Default 1. */
  scale?: number;
  /** Password hash (gateway's `hashPassword`) given to every demo user. */
  passwordHash: string;
}

export interface DemoSignIn {
  email: string;
  name: string;
  role: string;
  /** Null for the seller's staff. */
  company: string | null;
}

export interface SeedSummary {
  now: string;
  scale: number;
  /** Rows inserted, per entity. */
  counts: Record<string, number>;
  signIns: DemoSignIn[];
}

/**
 * Inserts the demo data set, in one transaction, through the gateway's entities: staff and
 * customer users, companies, the catalog, pricelists, payment terms, ≈ 6 months of orders in
 * every status, RFQs, templates, invoices, payments and a credit note. Deterministic for a given
 * `now` and `scale`. Expects a migrated database without demo data (SKUs and e-mails are unique).
 */
export async function seedDemoData(dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a whole number ≥ 1, got ${scale}`);
  if (Number.isNaN(options.now.getTime())) throw new RangeError('now is not a valid date');
  return dataSource.transaction(async (em) =>
    new DemoSeeder(em, options.now, scale, options.passwordHash).run(),
  );
}

// ---------------------------------------------------------------- helpers

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const isoDate = (at: Date): string => at.toISOString().slice(0, 10);
const pad6 = (n: number): string => String(n).padStart(6, '0');
const money = (v: Micros): string => fmt(round(v, 2), 4);
const BATCH = 250;

interface UnitRow {
  id: number;
  symbol: string;
}

interface SeededProduct {
  row: Product;
  spec: ProductSpec;
  pricing: ProductPricingInput;
  units: { unitId: number; symbol: string; factor: string; isDefault: boolean }[];
  taxRate: string;
  /** Top-level category name. */
  topCategory: string;
}

interface SeededCompany {
  spec: CompanySpec;
  row: Company;
  users: Record<PortalRole, User>;
  term: SeededTerm;
  pricelistId: string;
  shippingAddressIds: number[];
  defaultShippingId: number;
  visible: SeededProduct[];
  approvalRules: DomainApprovalRule[];
}

interface SeededTerm {
  row: PaymentTerm;
  installments: { percent: string; days: number }[];
}

interface LinePlan {
  product: SeededProduct | null;
  sku: string;
  description: string;
  quantity: Micros;
  unitId: number;
  factor: Micros;
  /** For quoted lines: the negotiated price per unit. */
  quotedUnitPrice?: Micros;
}

type Path = 'portal' | 'staff' | 'quote';

interface OrderPlan {
  company: SeededCompany;
  target: OrderStatus;
  channel: OrderChannel;
  path: Path;
  creator: User;
  createdAt: Date;
  lines: LinePlan[];
  /** The RFQ a quotation answers. */
  rfq?: RfqPlan;
  /** Approval rejected before cancelling, or similar notes. */
  cancelReason?: string;
  reorderOf?: OrderPlan;
  order?: Order;
  orderLines?: OrderLine[];
}

interface RfqPlan {
  company: SeededCompany;
  status: RfqStatus;
  title: string;
  createdAt: Date;
  requester: User;
  lines: LinePlan[];
  quote?: OrderPlan;
  row?: Rfq;
}

/** Inserts rows with ids allocated here (so batches need no read-back), counting per entity. */
class Writer {
  readonly counts: Record<string, number> = {};
  private readonly nextIds = new Map<string, number>();

  constructor(private readonly em: EntityManager) {}

  async reserve(entity: new () => { id: number }): Promise<void> {
    const raw = await this.em
      .createQueryBuilder(entity, 'x')
      .select('MAX(x.id)', 'max')
      .getRawOne<{ max: unknown }>();
    const max = raw?.max === null || raw?.max === undefined ? 0 : Number(raw.max);
    this.nextIds.set(entity.name, max + 1);
  }

  /** The next id of an entity; `reserve` must have run for it. */
  id(entity: new () => unknown): number {
    const next = this.nextIds.get(entity.name);
    if (next === undefined) throw new Error(`No ids reserved for ${entity.name}`);
    this.nextIds.set(entity.name, next + 1);
    return next;
  }

  async insert<T extends object>(entity: new () => T, rows: readonly T[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.em.insert(entity, rows.slice(i, i + BATCH) as T[]);
    }
    this.counts[entity.name] = (this.counts[entity.name] ?? 0) + rows.length;
  }
}

const ID_ENTITIES = [
  AccessGroup,
  Address,
  Approval,
  Category,
  Company,
  CompanyAccessGroup,
  CompanyApprovalRule,
  Invoice,
  InvoiceLine,
  Order,
  OrderEvent,
  OrderLine,
  OrderTemplate,
  OrderTemplateLine,
  Payment,
  PaymentAllocation,
  PaymentTerm,
  PaymentTermInstallment,
  Pricelist,
  PricelistRule,
  Product,
  ProductAccessGroup,
  ProductUnit,
  Rfq,
  RfqLine,
  RfqMessage,
  Shipment,
  TaxRate,
  UnitOfMeasure,
  User,
] as const;

const SEQUENCES = {
  draft: 'draft_order',
  order: 'sales_order',
  rfq: 'rfq',
  invoice: 'invoice',
  creditNote: 'credit_note',
} as const;

// ---------------------------------------------------------------- the seeder

class DemoSeeder {
  private readonly w: Writer;
  private readonly today: string;
  private readonly signIns: DemoSignIn[] = [];
  private readonly staff = {} as Record<StaffRole, User>;
  private readonly units = new Map<string, UnitRow>();
  private readonly taxRates = new Map<string, string>();
  private readonly accessGroupIds = new Map<string, number>();
  private readonly categoryIds = new Map<string, number>();
  /** Category id → its path of ids up to the root (itself first). */
  private readonly categoryPaths = new Map<number, string[]>();
  /** Category id → parent id, for the approval rules' restricted categories. */
  private readonly categoryParents = new Map<string, string | null>();
  private products: SeededProduct[] = [];
  private readonly productsBySku = new Map<string, SeededProduct>();
  private readonly terms = new Map<TermKey, SeededTerm>();
  private readonly pricelistIds = new Map<PricelistKey, number>();
  private engine!: PricingEngine;
  private companies: SeededCompany[] = [];
  private readonly sequences = new Map<string, number>();

  constructor(
    private readonly em: EntityManager,
    private readonly now: Date,
    private readonly scale: number,
    private readonly passwordHash: string,
  ) {
    this.w = new Writer(em);
    this.today = isoDate(now);
  }

  async run(): Promise<SeedSummary> {
    for (const entity of ID_ENTITIES) await this.w.reserve(entity);
    for (const seq of await this.em.find(NumberSequence)) this.sequences.set(seq.name, seq.nextValue);

    await this.seedStaff();
    await this.seedReferenceData();
    await this.seedCategories();
    await this.seedProducts();
    await this.seedTerms();
    await this.seedPricelists();
    await this.seedCompanies();
    const rfqs = this.planRfqs();
    const orders = this.planOrders(rfqs);
    await this.writeRfqsAndOrders(rfqs, orders);
    await this.seedInvoices(orders);
    await this.seedTemplates(orders);
    await this.seedSignInHistory();
    await this.saveSequences();

    return {
      now: this.now.toISOString(),
      scale: this.scale,
      counts: { ...this.w.counts },
      signIns: this.signIns,
    };
  }

  private nextNumber(sequence: string): number {
    const value = this.sequences.get(sequence) ?? 1;
    this.sequences.set(sequence, value + 1);
    return value;
  }

  /**
   * Past portal sign-ins (ended sessions) of the customer contacts over the last six months, so
   * that the adoption dashboard has history: admins and buyers most weeks, the others less often.
   * The token hashes are derived from nothing secret and match no token anyone holds.
   */
  private async seedSignInHistory(): Promise<void> {
    const sessions: Session[] = [];
    const lastLogin = new Map<number, Date>();
    const weeklyChance: Record<PortalRole, number> = {
      PORTAL_ADMIN: 70,
      BUYER: 85,
      APPROVER: 55,
      VIEWER: 25,
      REQUISITIONER: 45,
    };
    for (const company of this.companies) {
      const rng = Prng.fromString(`sign-ins:${company.spec.key}:${this.scale}`);
      for (const [role, user] of Object.entries(company.users) as [PortalRole, User][]) {
        for (let week = 26; week >= 1; week--) {
          if (!rng.chance(weeklyChance[role])) continue;
          const createdAt = new Date(
            this.now.getTime() - week * 7 * DAY + rng.int(0, 6) * DAY + rng.int(7, 17) * HOUR,
          );
          const lastSeenAt = new Date(createdAt.getTime() + rng.int(5, 90) * 60_000);
          sessions.push({
            userId: user.id,
            tokenHash: createHash('sha256').update(`demo-session:${user.id}:${week}`).digest('hex'),
            createdAt,
            expiresAt: new Date(createdAt.getTime() + 14 * DAY),
            lastSeenAt,
            revokedAt: lastSeenAt,
            ipAddress: '192.0.2.10',
            userAgent: 'Demo data',
          } as Session);
          lastLogin.set(user.id, createdAt);
        }
      }
    }
    await this.w.insert(Session, sessions);
    for (const [userId, at] of lastLogin) await this.em.update(User, { id: userId }, { lastLoginAt: at });
  }

  private async saveSequences(): Promise<void> {
    for (const name of Object.values(SEQUENCES)) {
      await this.em.save(NumberSequence, { name, nextValue: this.sequences.get(name) ?? 1 });
    }
    this.w.counts.NumberSequence = Object.values(SEQUENCES).length;
  }

  private user(
    email: string,
    name: string,
    role: User['role'],
    companyId: number | null,
    createdAt: Date,
  ): User {
    return {
      id: this.w.id(User),
      email,
      name,
      role,
      status: 'ACTIVE',
      companyId,
      passwordHash: this.passwordHash,
      lastLoginAt: new Date(this.now.getTime() - 3 * DAY),
      createdAt,
      updatedAt: createdAt,
    };
  }

  private async seedStaff(): Promise<void> {
    const since = new Date(this.now.getTime() - 400 * DAY);
    const rows = STAFF.map((s) => {
      const row = this.user(s.email, s.name, s.role, null, since);
      this.staff[s.role] = row;
      this.signIns.push({ email: s.email, name: s.name, role: s.role, company: null });
      return row;
    });
    await this.w.insert(User, rows);
  }

  private async seedReferenceData(): Promise<void> {
    const units = UNITS.map((u): UnitOfMeasure => {
      const row = {
        id: this.w.id(UnitOfMeasure),
        name: u.name,
        symbol: u.symbol,
        category: u.category,
        ratio: u.ratio,
        rounding: u.rounding,
      };
      this.units.set(u.symbol, { id: row.id, symbol: u.symbol });
      return row;
    });
    await this.w.insert(UnitOfMeasure, units);
    await this.w.insert(
      TaxRate,
      TAX_RATES.map((t) => {
        this.taxRates.set(t.taxClass, t.rate);
        return { id: this.w.id(TaxRate), taxClass: t.taxClass, name: t.name, rate: t.rate };
      }),
    );
    await this.w.insert(
      AccessGroup,
      ACCESS_GROUPS.map((g) => {
        const id = this.w.id(AccessGroup);
        this.accessGroupIds.set(g.code, id);
        return { id, code: g.code, name: g.name };
      }),
    );
  }

  private async seedCategories(): Promise<void> {
    const top: Category[] = [];
    const subs: Category[] = [];
    for (const c of CATEGORIES) {
      const id = this.w.id(Category);
      top.push({ id, name: c.name, parentId: null });
      this.categoryIds.set(c.name, id);
      this.categoryPaths.set(id, [String(id)]);
      this.categoryParents.set(String(id), null);
      for (const sub of c.children) {
        const subId = this.w.id(Category);
        subs.push({ id: subId, name: sub.name, parentId: id });
        this.categoryIds.set(sub.name, subId);
        this.categoryPaths.set(subId, [String(subId), String(id)]);
        this.categoryParents.set(String(subId), String(id));
      }
    }
    await this.w.insert(Category, top);
    await this.w.insert(Category, subs);
  }

  private unitId(symbol: string): number {
    const unit = this.units.get(symbol);
    if (!unit) throw new Error(`Unknown unit ${symbol}`);
    return unit.id;
  }

  private async seedProducts(): Promise<void> {
    const specs = generateProducts(this.scale);
    const topOf = new Map<string, string>();
    for (const c of CATEGORIES) for (const sub of c.children) topOf.set(sub.name, c.name);
    const created = new Date(this.now.getTime() - 240 * DAY);
    const products: Product[] = [];
    const units: ProductUnit[] = [];
    const groups: ProductAccessGroup[] = [];
    for (const spec of specs) {
      const categoryId = this.categoryIds.get(spec.category);
      if (categoryId === undefined) throw new Error(`Unknown category ${spec.category}`);
      const row: Product = {
        id: this.w.id(Product),
        sku: spec.sku,
        name: spec.name,
        description: spec.description,
        categoryId,
        baseUnitId: this.unitId(spec.baseUnit),
        listPrice: spec.listPrice,
        cost: spec.cost,
        minimumOrderQuantity: spec.minimumOrderQuantity,
        orderMultiple: spec.orderMultiple,
        published: spec.published,
        stockOnHand: spec.stockOnHand,
        lowStockThreshold: spec.lowStockThreshold,
        availabilityPolicy: spec.availabilityPolicy,
        restockDate:
          spec.restockInDays === null
            ? null
            : isoDate(new Date(this.now.getTime() + spec.restockInDays * DAY)),
        leadTimeDays: spec.leadTimeDays,
        taxClass: spec.taxClass,
        createdAt: created,
        updatedAt: created,
      };
      products.push(row);
      const productUnits = spec.units.map((u) => ({
        unitId: this.unitId(u.symbol),
        symbol: u.symbol,
        factor: u.factor,
        isDefault: u.isDefault,
      }));
      for (const u of productUnits) {
        units.push({
          id: this.w.id(ProductUnit),
          productId: row.id,
          unitId: u.unitId,
          factor: u.factor,
          isDefault: u.isDefault,
        });
      }
      for (const code of spec.accessGroups) {
        groups.push({
          id: this.w.id(ProductAccessGroup),
          productId: row.id,
          accessGroupId: this.accessGroupIds.get(code) as number,
        });
      }
      const seeded: SeededProduct = {
        row,
        spec,
        units: productUnits,
        taxRate: this.taxRates.get(spec.taxClass) ?? '0.0000',
        topCategory: topOf.get(spec.category) ?? spec.category,
        pricing: {
          productId: String(row.id),
          categoryPath: this.categoryPaths.get(categoryId) ?? [],
          listPrice: spec.listPrice,
          cost: spec.cost,
          baseUnitSymbol: spec.baseUnit,
        },
      };
      this.products.push(seeded);
      this.productsBySku.set(spec.sku, seeded);
    }
    await this.w.insert(Product, products);
    await this.w.insert(ProductUnit, units);
    await this.w.insert(ProductAccessGroup, groups);
  }

  private async seedTerms(): Promise<void> {
    const createdAt = new Date(this.now.getTime() - 400 * DAY);
    const specs: [TermKey, Omit<PaymentTerm, 'id' | 'createdAt'>, { percent: string; days: number }[]][] = [
      [
        'net30',
        {
          name: 'Net 30',
          netDays: 30,
          endOfMonth: false,
          earlyPaymentDiscountPercent: null,
          earlyPaymentDiscountDays: null,
        },
        [],
      ],
      [
        'twoTenNet30',
        {
          name: '2/10 Net 30',
          netDays: 30,
          endOfMonth: false,
          earlyPaymentDiscountPercent: '2.0000',
          earlyPaymentDiscountDays: 10,
        },
        [],
      ],
      [
        'eom30',
        {
          name: '30 days end of month',
          netDays: 30,
          endOfMonth: true,
          earlyPaymentDiscountPercent: null,
          earlyPaymentDiscountDays: null,
        },
        [],
      ],
      [
        'split3060',
        {
          name: '50% in 30 days, 50% in 60 days',
          netDays: 60,
          endOfMonth: false,
          earlyPaymentDiscountPercent: null,
          earlyPaymentDiscountDays: null,
        },
        [
          { percent: '50.0000', days: 30 },
          { percent: '50.0000', days: 60 },
        ],
      ],
    ];
    const rows: PaymentTerm[] = [];
    const installments: PaymentTermInstallment[] = [];
    for (const [key, spec, parts] of specs) {
      const row: PaymentTerm = { id: this.w.id(PaymentTerm), createdAt, ...spec };
      rows.push(row);
      parts.forEach((p, i) =>
        installments.push({
          id: this.w.id(PaymentTermInstallment),
          paymentTermId: row.id,
          position: i + 1,
          percent: p.percent,
          days: p.days,
        }),
      );
      this.terms.set(key, { row, installments: parts });
    }
    await this.w.insert(PaymentTerm, rows);
    await this.w.insert(PaymentTermInstallment, installments);
  }

  private async seedPricelists(): Promise<void> {
    const createdAt = new Date(this.now.getTime() - 200 * DAY);
    const lists: Pricelist[] = PRICELISTS.map((p) => {
      const id = this.w.id(Pricelist);
      this.pricelistIds.set(p.key, id);
      return {
        id,
        name: p.name,
        currencyCode: 'USD',
        showsCatalogPrices: p.showsCatalogPrices,
        portalDiscountPercent: null,
        createdAt,
        updatedAt: createdAt,
      };
    });
    const rules: PricelistRule[] = [];
    const domainLists: DomainPricelist[] = [];
    for (const p of PRICELISTS) {
      const pricelistId = this.pricelistIds.get(p.key) as number;
      const domainRules: DomainPricelistRule[] = [];
      p.rules.forEach((r, i) => {
        const product = r.sku ? this.productsBySku.get(r.sku) : undefined;
        if (r.sku && !product) throw new Error(`Pricelist ${p.name}: unknown SKU ${r.sku}`);
        const categoryId = r.category ? this.categoryIds.get(r.category) : undefined;
        if (r.category && categoryId === undefined)
          throw new Error(`Pricelist ${p.name}: unknown category ${r.category}`);
        const row: PricelistRule = {
          id: this.w.id(PricelistRule),
          pricelistId,
          position: i + 1,
          label: r.label,
          scope: r.scope,
          categoryId: categoryId ?? null,
          productId: product?.row.id ?? null,
          minQuantity: fmt(dec(r.minQuantity ?? '0')),
          validFrom:
            r.validFromDays === undefined
              ? null
              : isoDate(new Date(this.now.getTime() + r.validFromDays * DAY)),
          validTo:
            r.validToDays === undefined ? null : isoDate(new Date(this.now.getTime() + r.validToDays * DAY)),
          computation: r.computation,
          fixedPrice: r.fixedPrice ? fmt(dec(r.fixedPrice)) : null,
          percentDiscount: r.percentDiscount ? fmt(dec(r.percentDiscount)) : null,
          base: r.base ?? null,
          basePricelistId: r.basePricelist ? (this.pricelistIds.get(r.basePricelist) as number) : null,
          formulaDiscountPercent: r.formulaDiscountPercent ? fmt(dec(r.formulaDiscountPercent)) : null,
          formulaSurcharge: r.formulaSurcharge ? fmt(dec(r.formulaSurcharge)) : null,
          formulaRounding: r.formulaRounding ? fmt(dec(r.formulaRounding)) : null,
          formulaMinMargin: r.formulaMinMargin ? fmt(dec(r.formulaMinMargin)) : null,
          formulaMaxMargin: r.formulaMaxMargin ? fmt(dec(r.formulaMaxMargin)) : null,
          createdAt: new Date(createdAt.getTime() + i * 60_000),
        };
        rules.push(row);
        domainRules.push({
          id: String(row.id),
          scope: row.scope,
          categoryId: row.categoryId === null ? null : String(row.categoryId),
          productId: row.productId === null ? null : String(row.productId),
          minQuantity: row.minQuantity,
          validFrom: row.validFrom,
          validTo: row.validTo,
          computation: row.computation,
          fixedPrice: row.fixedPrice,
          percentDiscount: row.percentDiscount,
          base: row.base,
          basePricelistId: row.basePricelistId === null ? null : String(row.basePricelistId),
          formulaDiscountPercent: row.formulaDiscountPercent,
          formulaSurcharge: row.formulaSurcharge,
          formulaRounding: row.formulaRounding,
          formulaMinMargin: row.formulaMinMargin,
          formulaMaxMargin: row.formulaMaxMargin,
          createdSeq: row.id,
          label: row.label,
        });
      });
      domainLists.push({
        id: String(pricelistId),
        name: p.name,
        currencyCode: 'USD',
        showsCatalogPrices: p.showsCatalogPrices,
        rules: domainRules,
      });
    }
    await this.w.insert(Pricelist, lists);
    await this.w.insert(PricelistRule, rules);
    this.engine = createPricingEngine(domainLists);
  }

  private async seedCompanies(): Promise<void> {
    const createdAt = new Date(this.now.getTime() - 365 * DAY);
    const companyRow = (
      name: string,
      parentId: number | null,
      pricelist: PricelistKey,
      term: TermKey,
      extra: Partial<Company>,
    ): Company => ({
      id: this.w.id(Company),
      name,
      parentId,
      pricelistId: this.pricelistIds.get(pricelist) as number,
      paymentTermId: this.terms.get(term)?.row.id as number,
      currencyCode: 'USD',
      creditLimit: null,
      minimumOrderValue: null,
      taxExempt: false,
      taxExemptionCertificate: null,
      createdAt,
      updatedAt: createdAt,
      ...extra,
    });
    const parent = companyRow(PARENT_COMPANY.name, null, PARENT_COMPANY.pricelist, PARENT_COMPANY.term, {
      creditLimit: '500000.0000',
    });
    const companies: Company[] = [parent];
    const users: User[] = [];
    const addresses: Address[] = [];
    const memberships: CompanyAccessGroup[] = [];
    const approvalRules: CompanyApprovalRule[] = [];
    for (const spec of COMPANIES) {
      const row = companyRow(
        spec.name,
        spec.key === 'initech' ? parent.id : null,
        spec.pricelist,
        spec.term,
        {
          creditLimit: spec.creditLimit,
          minimumOrderValue: spec.minimumOrderValue,
          taxExempt: spec.taxExemptionCertificate !== null,
          taxExemptionCertificate: spec.taxExemptionCertificate,
        },
      );
      companies.push(row);
      const companyUsers = {} as Record<PortalRole, User>;
      for (const { role, local } of PORTAL_ROLES) {
        const email = `${local}@${spec.domain}`;
        const user = this.user(email, spec.people[role], role, row.id, new Date(createdAt.getTime() + DAY));
        companyUsers[role] = user;
        users.push(user);
        this.signIns.push({ email, name: user.name, role, company: spec.name });
      }
      const shippingAddressIds: number[] = [];
      let defaultShippingId = 0;
      for (const a of spec.addresses) {
        const id = this.w.id(Address);
        addresses.push({
          id,
          companyId: row.id,
          label: a.label,
          line1: a.line1,
          line2: a.line2,
          city: a.city,
          region: a.region,
          postalCode: a.postalCode,
          countryCode: 'US',
          isDefaultShipping: a.defaultShipping,
        });
        if (!a.label.startsWith('Billing')) shippingAddressIds.push(id);
        if (a.defaultShipping) defaultShippingId = id;
      }
      for (const code of spec.accessGroups) {
        memberships.push({
          id: this.w.id(CompanyAccessGroup),
          companyId: row.id,
          accessGroupId: this.accessGroupIds.get(code) as number,
        });
      }
      for (const r of spec.approvalRules) {
        approvalRules.push({
          id: this.w.id(CompanyApprovalRule),
          companyId: row.id,
          orderTotalAbove: r.orderTotalAbove ?? null,
          lineCountAbove: r.lineCountAbove ?? null,
          categoryId: r.category ? (this.categoryIds.get(r.category) as number) : null,
        });
      }
      const groups = new Set<string>(spec.accessGroups);
      this.companies.push({
        spec,
        row,
        users: companyUsers,
        term: this.terms.get(spec.term) as SeededTerm,
        pricelistId: String(row.pricelistId),
        shippingAddressIds,
        defaultShippingId,
        approvalRules: spec.approvalRules.map((r) => ({
          orderTotalAbove: r.orderTotalAbove ? Money.of(r.orderTotalAbove, 'USD') : null,
          lineCountAbove: r.lineCountAbove ?? null,
          category: r.category ? { id: String(this.categoryIds.get(r.category)), name: r.category } : null,
        })),
        visible: this.products.filter(
          (p) =>
            p.row.published &&
            (p.spec.accessGroups.length === 0 || p.spec.accessGroups.some((g) => groups.has(g))),
        ),
      });
    }
    await this.w.insert(Company, [parent]);
    await this.w.insert(Company, companies.slice(1));
    await this.w.insert(User, users);
    await this.w.insert(Address, addresses);
    await this.w.insert(CompanyAccessGroup, memberships);
    await this.w.insert(CompanyApprovalRule, approvalRules);
  }

  // ---------------------------------------------------------------- planning

  /** A line of `product`: mostly in its default unit, respecting minimum and multiple. */
  private line(product: SeededProduct, rng: Prng, big = false): LinePlan {
    const orderable = product.units.filter((u) => /^\d+$/.test(u.factor));
    const unit = orderable.find((u) => u.isDefault) ?? orderable[0] ?? product.units[0];
    const factor = dec(unit.factor);
    let quantity = dec(big ? rng.int(8, 40) : rng.pick([1, 1, 2, 2, 3, 4, 5, 6, 10, 12]));
    const minimum = product.spec.minimumOrderQuantity ? dec(product.spec.minimumOrderQuantity) : 0n;
    const multiple = product.spec.orderMultiple ? dec(product.spec.orderMultiple) : 0n;
    const ONE = dec(1);
    // Whole units of the chosen unit: bump until the base quantity meets the minimum and multiple.
    for (let i = 0; i < 10_000; i++) {
      const base = mul(quantity, factor);
      const okMinimum = base >= minimum;
      const okMultiple = multiple === 0n || base % multiple === 0n;
      if (okMinimum && okMultiple) break;
      quantity += ONE;
    }
    return {
      product,
      sku: product.row.sku,
      description: product.row.name,
      quantity,
      unitId: unit.unitId,
      factor,
    };
  }

  private lines(
    company: SeededCompany,
    rng: Prng,
    count: number,
    options: { big?: boolean; include?: string[] } = {},
  ): LinePlan[] {
    const picked = new Set<SeededProduct>();
    for (const sku of options.include ?? []) {
      const p = this.productsBySku.get(sku);
      if (p) picked.add(p);
    }
    for (const p of rng.sample(company.visible, count)) {
      if (picked.size >= count + (options.include?.length ?? 0)) break;
      picked.add(p);
    }
    return [...picked].map((p, i) => this.line(p, rng, options.big === true && i % 2 === 0));
  }

  private planRfqs(): RfqPlan[] {
    const plans: RfqPlan[] = [];
    const layout: Record<string, RfqStatus[]> = {
      acme: ['SUBMITTED', 'QUOTED', 'ACCEPTED', 'CHANGES_REQUESTED', 'CANCELLED'],
      globex: ['SUBMITTED', 'QUOTED', 'ACCEPTED', 'DECLINED', 'CHANGES_REQUESTED'],
      initech: ['SUBMITTED', 'QUOTED', 'ACCEPTED', 'EXPIRED'],
    };
    const titles: Record<string, string[]> = {
      acme: [
        'Opening of the Harbor Bistro: smallwares',
        'Quarterly disposables contract',
        'Combi ovens for the central kitchen',
        'Custom-printed cups for the summer menu',
        'Holiday catering equipment',
      ],
      globex: [
        'Solvent supply for Q3',
        'Annual lab glassware',
        'Acids for the Pasadena plant',
        'Safety equipment refresh',
        'Drum pricing for isopropyl alcohol',
      ],
      initech: [
        'PPE stock for flu season',
        'North clinic diagnostics',
        'Wound care annual volume',
        'Kitchen equipment for the cafeteria',
      ],
    };
    for (const company of this.companies) {
      const rng = Prng.fromString(`rfq:${company.spec.key}:${this.scale}`);
      const statuses = [...layout[company.spec.key]];
      for (let extra = 1; extra < this.scale; extra++)
        statuses.push(rng.pick(['ACCEPTED', 'DECLINED', 'EXPIRED', 'QUOTED'] as RfqStatus[]));
      statuses.forEach((status, i) => {
        const ageDays =
          status === 'SUBMITTED'
            ? 2
            : status === 'QUOTED' || status === 'CHANGES_REQUESTED'
              ? rng.int(5, 12)
              : rng.int(20, 150);
        const lines = this.lines(company, rng, rng.int(2, 5), { big: true });
        if (i % 2 === 1) {
          const ea = this.unitId('ea');
          lines.push({
            product: null,
            sku: 'CUSTOM',
            description: `Custom item: ${titles[company.spec.key][i % titles[company.spec.key].length].toLowerCase()}, printed with our logo`,
            quantity: dec(rng.pick([500, 1000, 2500])),
            unitId: ea,
            factor: dec(1),
          });
        }
        plans.push({
          company,
          status,
          title:
            titles[company.spec.key][i % titles[company.spec.key].length] +
            (i >= titles[company.spec.key].length ? ` (${i + 1})` : ''),
          createdAt: new Date(this.now.getTime() - ageDays * DAY - rng.int(1, 8) * HOUR),
          requester: rng.chance(70) ? company.users.BUYER : company.users.REQUISITIONER,
          lines,
        });
      });
    }
    return plans;
  }

  private planOrders(rfqs: RfqPlan[]): OrderPlan[] {
    const plans: OrderPlan[] = [];
    for (const company of this.companies) {
      const rng = Prng.fromString(`orders:${company.spec.key}:${this.scale}`);
      const key = company.spec.key;
      const users = company.users;
      const at = (daysAgo: number) => new Date(this.now.getTime() - daysAgo * DAY - rng.int(0, 6) * HOUR);
      const portal = (target: OrderStatus, creator: User, daysAgo: number, lines: LinePlan[]): OrderPlan => ({
        company,
        target,
        channel: 'PORTAL',
        path: 'portal',
        creator,
        createdAt: at(daysAgo),
        lines,
      });

      // One order in every status, at an age that fits it.
      plans.push(portal('DRAFT', users.BUYER, 1, this.lines(company, rng, 4)));
      plans.push(portal('DRAFT', users.REQUISITIONER, 3, this.lines(company, rng, 2)));
      const pendingLines =
        key === 'acme'
          ? this.lines(company, rng, 3, { include: ['OVEN-CMB-10'] })
          : key === 'globex'
            ? this.lines(company, rng, 3, { include: ['SOLV-55'] })
            : this.lines(company, rng, 3);
      plans.push(
        portal('PENDING_APPROVAL', key === 'initech' ? users.REQUISITIONER : users.BUYER, 1, pendingLines),
      );
      plans.push(portal('SALES_ORDER', users.BUYER, 2, this.lines(company, rng, 5)));
      plans.push(portal('IN_PROGRESS', users.BUYER, 4, this.lines(company, rng, 6)));
      plans.push(portal('SHIPPED', users.BUYER, 8, this.lines(company, rng, 3)));
      plans.push(portal('DELIVERED', users.BUYER, 15, this.lines(company, rng, 4)));
      plans.push(portal('INVOICED', users.BUYER, 50, this.lines(company, rng, 5)));
      plans.push({
        ...portal('CANCELLED', users.BUYER, 25, this.lines(company, rng, 2)),
        cancelReason: 'Ordered twice by mistake',
      });
      plans.push({
        company,
        target: 'SALES_ORDER',
        channel: 'PHONE',
        path: 'staff',
        creator: this.staff.SALES,
        createdAt: at(3),
        lines: this.lines(company, rng, 3),
      });
      plans.push({
        company,
        target: 'INVOICED',
        channel: 'EMAIL',
        path: 'staff',
        creator: this.staff.SALES,
        createdAt: at(70),
        lines: this.lines(company, rng, 4),
      });
      if (key === 'globex') {
        // More than 20 lines: approved by the approver before becoming a sales order.
        plans.push(portal('INVOICED', users.BUYER, 95, this.lines(company, rng, 22)));
      }

      // History: ≈ 6 months, older orders further along.
      const count = 22 * this.scale;
      for (let i = 0; i < count; i++) {
        const daysAgo = rng.int(1, 182);
        let target: OrderStatus;
        if (daysAgo > 40)
          target = rng.weighted([
            ['INVOICED', 80],
            ['CANCELLED', 8],
            ['DELIVERED', 4],
            ['DRAFT', 3],
            ['PENDING_APPROVAL', 0],
          ] as const);
        else if (daysAgo > 12)
          target = rng.weighted([
            ['INVOICED', 45],
            ['DELIVERED', 30],
            ['SHIPPED', 10],
            ['CANCELLED', 8],
            ['DRAFT', 7],
          ] as const);
        else
          target = rng.weighted([
            ['SALES_ORDER', 25],
            ['IN_PROGRESS', 20],
            ['SHIPPED', 20],
            ['DELIVERED', 10],
            ['PENDING_APPROVAL', 10],
            ['DRAFT', 10],
            ['CANCELLED', 5],
          ] as const);
        const channel: OrderChannel =
          target === 'DRAFT' || target === 'PENDING_APPROVAL'
            ? 'PORTAL'
            : rng.weighted([
                ['PORTAL', 76],
                ['PHONE', 12],
                ['EMAIL', 12],
              ] as const);
        const creator =
          channel === 'PORTAL'
            ? target === 'PENDING_APPROVAL'
              ? users.REQUISITIONER
              : rng.weighted([
                  [users.BUYER, 80],
                  [users.PORTAL_ADMIN, 10],
                  [users.REQUISITIONER, 10],
                ] as const)
            : this.staff.SALES;
        const plan: OrderPlan = {
          company,
          target,
          channel,
          path: channel === 'PORTAL' ? 'portal' : 'staff',
          creator,
          createdAt: at(daysAgo),
          lines: this.lines(company, rng, rng.int(1, 8), { big: rng.chance(15) }),
        };
        if (target === 'CANCELLED')
          plan.cancelReason = rng.pick([
            'Budget freeze this month',
            'Found stock in another location',
            'Wrong delivery address',
            'Replaced by a larger order',
          ]);
        plans.push(plan);
      }

      // A reorder of the oldest invoiced order.
      const source = plans
        .filter((p) => p.company === company && p.target === 'INVOICED')
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
      if (source) {
        plans.push({
          ...portal(
            'SALES_ORDER',
            users.BUYER,
            5,
            source.lines.map((l) => ({ ...l })),
          ),
          reorderOf: source,
        });
      }
    }

    // Quotations answering RFQs.
    for (const rfq of rfqs) {
      if (rfq.status === 'SUBMITTED' || rfq.status === 'CANCELLED') continue;
      const rng = Prng.fromString(`quote:${rfq.title}:${rfq.createdAt.getTime()}`);
      const target: OrderStatus =
        rfq.status === 'ACCEPTED'
          ? rfq.createdAt.getTime() < this.now.getTime() - 40 * DAY
            ? 'INVOICED'
            : 'IN_PROGRESS'
          : rfq.status === 'QUOTED' || rfq.status === 'CHANGES_REQUESTED'
            ? 'QUOTATION'
            : 'CANCELLED';
      const quote: OrderPlan = {
        company: rfq.company,
        target,
        channel: 'EMAIL',
        path: 'quote',
        creator: this.staff.SALES,
        createdAt: new Date(rfq.createdAt.getTime() + rng.int(20, 40) * HOUR),
        lines: rfq.lines.map((l) => ({ ...l })),
        rfq,
        cancelReason:
          rfq.status === 'DECLINED'
            ? 'Quote declined: going with the incumbent supplier'
            : rfq.status === 'EXPIRED'
              ? 'Quote expired without an answer'
              : undefined,
      };
      rfq.quote = quote;
      plans.push(quote);
    }
    plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return plans;
  }

  // ---------------------------------------------------------------- orders

  /** Why submitting the plan's order needs approval (the domain's rules); empty when it does not. */
  private approvalReasons(plan: OrderPlan, total: Micros): string[] {
    const order = {
      total: Money.of(fmt(total, 2), 'USD'),
      lines: plan.lines.map((l) => ({
        sku: l.sku,
        categoryId: l.product ? String(l.product.row.categoryId) : null,
      })),
    };
    return approvalReasons(order, plan.company.approvalRules, plan.creator.role as Role, {
      categoryParents: this.categoryParents,
    });
  }

  private async writeRfqsAndOrders(rfqs: RfqPlan[], plans: OrderPlan[]): Promise<void> {
    const orders: Order[] = [];
    const lines: OrderLine[] = [];
    const events: OrderEvent[] = [];
    const approvals: Approval[] = [];
    const shipments: Shipment[] = [];
    const rfqRows: Rfq[] = [];
    const rfqLines: RfqLine[] = [];
    const messages: RfqMessage[] = [];

    // RFQs get their numbers in the order they were made.
    for (const rfq of [...rfqs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
      const id = this.w.id(Rfq);
      rfq.row = {
        id,
        number: `RFQ-${pad6(this.nextNumber(SEQUENCES.rfq))}`,
        title: rfq.title,
        status: rfq.status,
        companyId: rfq.company.row.id,
        requestedById: rfq.requester.id,
        neededBy: isoDate(new Date(rfq.createdAt.getTime() + 30 * DAY)),
        notes: 'Please quote delivered prices; partial deliveries are fine.',
        quotationOrderId: null,
        createdAt: rfq.createdAt,
        updatedAt: rfq.createdAt,
      };
      rfq.lines.forEach((l, i) =>
        rfqLines.push({
          id: this.w.id(RfqLine),
          rfqId: id,
          position: i + 1,
          productId: l.product?.row.id ?? null,
          description: l.description,
          quantity: fmt(l.quantity),
          unitId: l.unitId,
          targetUnitPrice:
            l.product === null
              ? '0.4500'
              : i === 0
                ? money((mul(dec(l.product.row.listPrice), l.factor) * 8n) / 10n)
                : null,
        }),
      );
      messages.push({
        id: this.w.id(RfqMessage),
        rfqId: id,
        at: rfq.createdAt,
        authorId: rfq.requester.id,
        body: `Hello, could you quote the attached lines for "${rfq.title}"? We would need delivery within a month.`,
      });
      rfqRows.push(rfq.row);
    }

    for (const plan of plans) {
      const rng = Prng.fromString(`order:${plan.company.spec.key}:${plan.createdAt.getTime()}`);
      const company = plan.company;
      const order = this.priceOrder(plan, rng);
      orders.push(order);
      lines.push(...(plan.orderLines ?? []));
      const steps = this.timeline(plan, order, rng);
      for (const step of steps)
        events.push({
          id: this.w.id(OrderEvent),
          orderId: order.id,
          at: step.at,
          status: step.status,
          actorId: step.actor?.id ?? null,
          kind: step.kind,
          message: step.message,
        });
      const last = steps[steps.length - 1];
      order.updatedAt = last.at;

      // Approval rows: pending now, or granted in the past.
      const pending = steps.find((s) => s.status === 'PENDING_APPROVAL');
      if (pending) {
        const decided = steps.find((s) => s.at > pending.at && s.kind === 'APPROVED');
        approvals.push({
          id: this.w.id(Approval),
          orderId: order.id,
          status: decided ? 'APPROVED' : 'PENDING',
          reason: approvalReasonText(this.approvalReasons(plan, dec(order.total))),
          requestedById: plan.creator.id,
          decidedById: decided ? company.users.APPROVER.id : null,
          decidedAt: decided ? decided.at : null,
          comment: decided ? "Approved, within this month's budget." : null,
          createdAt: pending.at,
        });
      }

      // Shipments.
      const shipped = steps.find((s) => s.status === 'SHIPPED');
      if (shipped) {
        const delivered = steps.find((s) => s.status === 'DELIVERED');
        shipments.push({
          id: this.w.id(Shipment),
          orderId: order.id,
          ...this.carrier(plan, rng),
          expectedShipDate: isoDate(shipped.at),
          shippedAt: shipped.at,
          deliveredAt: delivered?.at ?? null,
          createdAt: new Date(shipped.at.getTime() - 2 * HOUR),
        });
      }

      // The RFQ side of a quotation.
      if (plan.rfq?.row) {
        const rfq = plan.rfq.row;
        rfq.quotationOrderId = order.id;
        const quoted = steps.find((s) => s.kind === 'QUOTE_SENT');
        messages.push({
          id: this.w.id(RfqMessage),
          rfqId: rfq.id,
          at: quoted?.at ?? order.createdAt,
          authorId: this.staff.SALES.id,
          body: `Thanks for your request. Our quotation ${order.number} is attached, valid until ${order.quoteValidUntil ?? 'further notice'}.`,
        });
        if (plan.rfq.status === 'CHANGES_REQUESTED') {
          const at = new Date((quoted?.at ?? order.createdAt).getTime() + 20 * HOUR);
          messages.push({
            id: this.w.id(RfqMessage),
            rfqId: rfq.id,
            at,
            authorId: plan.rfq.requester.id,
            body: 'Could you do better on the first line if we take twice the quantity?',
          });
          events.push({
            id: this.w.id(OrderEvent),
            orderId: order.id,
            at,
            status: 'QUOTATION',
            actorId: plan.rfq.requester.id,
            kind: 'CHANGES_REQUESTED',
            message: 'Better price asked for double quantity on line 1',
          });
          rfq.updatedAt = at;
        } else {
          rfq.updatedAt = last.at;
        }
      }
    }
    for (const rfq of rfqs) {
      if (rfq.status === 'CANCELLED' && rfq.row) {
        const at = new Date(rfq.createdAt.getTime() + 2 * DAY);
        messages.push({
          id: this.w.id(RfqMessage),
          rfqId: rfq.row.id,
          at,
          authorId: rfq.requester.id,
          body: 'Cancelling this request: the project was postponed.',
        });
        rfq.row.updatedAt = at;
      }
    }

    // An RFQ and its quotation point at each other: the RFQ learns its quotation afterwards.
    await this.w.insert(
      Rfq,
      rfqRows.map((r) => ({ ...r, quotationOrderId: null })),
    );
    await this.w.insert(RfqLine, rfqLines);
    await this.w.insert(RfqMessage, messages);
    await this.w.insert(Order, orders);
    for (const rfq of rfqRows) {
      if (rfq.quotationOrderId !== null)
        await this.em.update(Rfq, { id: rfq.id }, { quotationOrderId: rfq.quotationOrderId });
    }
    await this.w.insert(OrderLine, lines);
    await this.w.insert(OrderEvent, events);
    await this.w.insert(Approval, approvals);
    await this.w.insert(Shipment, shipments);
  }

  /** Prices the plan's lines under the company's pricelist on its date and builds the order row. */
  private priceOrder(plan: OrderPlan, rng: Prng): Order {
    const company = plan.company;
    const id = this.w.id(Order);
    const date = isoDate(plan.createdAt);
    const exempt = company.row.taxExempt;
    const orderLines: OrderLine[] = plan.lines.map((l, i) => {
      const base = mul(l.quantity, l.factor);
      let unitPrice: Micros;
      let ruleId: number | null = null;
      let explanation: string;
      if (l.product) {
        const result = this.engine.price({
          pricelistId: company.pricelistId,
          product: l.product.pricing,
          quantity: fmt(base, 6),
          date,
        });
        const catalogUnitPrice = dec(toDecimalString(result.unitPrice.mul(fmt(l.factor, 6)), 6));
        unitPrice = round(catalogUnitPrice, 4);
        ruleId = result.ruleId === null ? null : Number(result.ruleId);
        explanation = result.explanation;
        if (plan.path === 'quote') {
          unitPrice = round(percentOf(catalogUnitPrice, dec(rng.pick([92, 94, 95, 97]))), 2);
          ruleId = null;
          explanation = `Quoted price (${plan.rfq?.row?.number ?? 'quotation'})`;
        }
      } else {
        unitPrice = dec(rng.pick(['0.3900', '0.4200', '0.4800']));
        explanation = `Quoted price (${plan.rfq?.row?.number ?? 'quotation'})`;
      }
      const lineTotal = round(mul(unitPrice, l.quantity), 2);
      const taxRate = exempt ? '0.0000' : (l.product?.taxRate ?? this.taxRates.get('STANDARD') ?? '0.0000');
      const taxAmount = round(percentOf(lineTotal, dec(taxRate)), 2);
      const source = plan.reorderOf?.orderLines?.[i];
      return {
        id: this.w.id(OrderLine),
        orderId: id,
        position: i + 1,
        productId: l.product?.row.id ?? null,
        sku: l.sku,
        description: l.description,
        quantity: fmt(l.quantity),
        unitId: l.unitId,
        baseQuantity: fmt(base),
        unitPrice: fmt(unitPrice),
        lineTotal: money(lineTotal),
        previousUnitPrice: source ? source.unitPrice : null,
        taxRate,
        taxAmount: money(taxAmount),
        priceRuleId: ruleId,
        priceExplanation: explanation,
      };
    });
    plan.orderLines = orderLines;
    const subtotal = sum(orderLines.map((l) => dec(l.lineTotal)));
    const taxTotal = sum(orderLines.map((l) => dec(l.taxAmount)));
    const isQuote = plan.path === 'quote';
    const quoteSentAt = isQuote ? new Date(plan.createdAt.getTime() + 2 * HOUR) : null;
    const validUntil = quoteSentAt ? addDays(isoDate(quoteSentAt), 30) : null;
    const order: Order = {
      id,
      // Like the order service: carts are numbered DR-…, placed orders SO-… without gaps.
      number:
        plan.target === 'DRAFT'
          ? `DR-${pad6(this.nextNumber(SEQUENCES.draft))}`
          : `SO-${pad6(this.nextNumber(SEQUENCES.order))}`,
      status: plan.target,
      channel: plan.channel,
      companyId: company.row.id,
      createdById: plan.creator.id,
      assignedToId: this.staff.SALES.id,
      currencyCode: 'USD',
      purchaseOrderNumber:
        plan.target === 'DRAFT' || rng.chance(20)
          ? null
          : `PO-${company.spec.poPrefix}-${plan.createdAt.getUTCFullYear()}-${String(rng.int(100, 9999)).padStart(4, '0')}`,
      requestedDeliveryDate: rng.chance(40) ? addDays(date, rng.int(5, 21)) : null,
      notes: rng.chance(15)
        ? rng.pick([
            'Deliver before 10 am, rear entrance.',
            'Call the receiving desk 30 minutes before arrival.',
            'Split delivery is fine.',
            'Lift-gate truck needed.',
          ])
        : null,
      shippingAddressId: rng.chance(75) ? company.defaultShippingId : rng.pick(company.shippingAddressIds),
      subtotal: money(subtotal),
      taxTotal: money(taxTotal),
      total: money(subtotal + taxTotal),
      sourceOrderId: plan.reorderOf?.order?.id ?? null,
      rfqId: plan.rfq?.row?.id ?? null,
      submittedAt: null,
      createdAt: plan.createdAt,
      updatedAt: plan.createdAt,
      version: 1,
      quoteRevision: isQuote ? 1 : 0,
      quoteValidUntil:
        plan.rfq?.status === 'EXPIRED' && quoteSentAt ? addDays(isoDate(quoteSentAt), 14) : validUntil,
      quoteSentAt,
      quoteAcceptedAt: null,
      quoteSignedByName: null,
      quoteContentHash: null,
      receiptConfirmedAt: null,
    };
    plan.order = order;
    return order;
  }

  private timeline(
    plan: OrderPlan,
    order: Order,
    rng: Prng,
  ): { at: Date; status: OrderStatus; actor: User | null; kind: string; message: string | null }[] {
    const steps: {
      at: Date;
      status: OrderStatus;
      actor: User | null;
      kind: string;
      message: string | null;
    }[] = [];
    const users = plan.company.users;
    let t = plan.createdAt.getTime();
    const step = (
      hours: number,
      status: OrderStatus,
      actor: User | null,
      kind: string,
      message: string | null,
    ) => {
      t += hours * HOUR;
      steps.push({ at: new Date(t), status, actor, kind, message });
    };
    const target = plan.target;
    const order_: OrderStatus[] = [
      'DRAFT',
      'PENDING_APPROVAL',
      'QUOTATION',
      'SALES_ORDER',
      'IN_PROGRESS',
      'SHIPPED',
      'DELIVERED',
      'INVOICED',
    ];
    const reach = (status: OrderStatus) =>
      target !== 'CANCELLED' && order_.indexOf(target) >= order_.indexOf(status);

    if (plan.path === 'quote') {
      steps.push({
        at: plan.createdAt,
        status: 'DRAFT',
        actor: this.staff.SALES,
        kind: 'STATUS_CHANGED',
        message: `Quotation drafted for ${plan.rfq?.row?.number ?? 'an RFQ'}`,
      });
      step(2, 'QUOTATION', this.staff.SALES, 'QUOTE_SENT', 'Quotation revision 1 sent');
      if (target !== 'QUOTATION') {
        if (target === 'CANCELLED') {
          step(
            plan.rfq?.status === 'EXPIRED' ? 15 * 24 : rng.int(24, 24 * 12),
            'CANCELLED',
            plan.rfq?.status === 'EXPIRED' ? null : (plan.rfq?.requester ?? null),
            'STATUS_CHANGED',
            plan.cancelReason ?? 'Quote declined',
          );
        } else {
          step(
            rng.int(6, 72),
            'SALES_ORDER',
            plan.rfq?.requester ?? users.BUYER,
            'STATUS_CHANGED',
            `Quote accepted and signed by ${plan.rfq?.requester.name ?? users.BUYER.name}`,
          );
          order.quoteAcceptedAt = new Date(t);
          order.quoteSignedByName = plan.rfq?.requester.name ?? users.BUYER.name;
          order.submittedAt = new Date(t);
        }
      }
    } else {
      const staffEntered = plan.path === 'staff';
      steps.push({
        at: plan.createdAt,
        status: 'DRAFT',
        actor: plan.creator,
        kind: 'STATUS_CHANGED',
        message: staffEntered
          ? `Entered from ${plan.channel === 'PHONE' ? 'a phone call' : 'an e-mail'} by ${plan.creator.name}`
          : 'Cart created',
      });
      if (target !== 'DRAFT') {
        const needsApproval = !staffEntered && this.approvalReasons(plan, dec(order.total)).length > 0;
        if (needsApproval) {
          step(rng.int(1, 5), 'PENDING_APPROVAL', plan.creator, 'SUBMITTED', 'Submitted for approval');
          order.submittedAt = new Date(t);
          if (target !== 'PENDING_APPROVAL') {
            step(rng.int(2, 30), 'SALES_ORDER', users.APPROVER, 'APPROVED', 'Approved');
          }
        } else if (target !== 'PENDING_APPROVAL') {
          step(
            rng.int(1, 5),
            'SALES_ORDER',
            plan.creator,
            'SUBMITTED',
            staffEntered ? 'Order confirmed to the customer' : 'Order placed',
          );
          order.submittedAt = new Date(t);
        }
        if (target === 'CANCELLED') {
          step(
            rng.int(2, 40),
            'CANCELLED',
            rng.chance(70) ? users.BUYER : this.staff.SALES,
            'STATUS_CHANGED',
            plan.cancelReason ?? "Cancelled at the customer's request",
          );
        }
      }
    }
    if (reach('IN_PROGRESS'))
      step(rng.int(12, 40), 'IN_PROGRESS', this.staff.WAREHOUSE, 'STATUS_CHANGED', 'Picking started');
    if (reach('SHIPPED')) step(rng.int(10, 48), 'SHIPPED', this.staff.WAREHOUSE, 'STATUS_CHANGED', 'Shipped');
    if (reach('DELIVERED')) {
      step(rng.int(20, 96), 'DELIVERED', null, 'STATUS_CHANGED', 'Delivered');
      if (rng.chance(50)) {
        step(
          rng.int(1, 8),
          'DELIVERED',
          users.BUYER,
          'RECEIPT_CONFIRMED',
          'Receipt confirmed, all items in good condition',
        );
        order.receiptConfirmedAt = new Date(t);
      }
    }
    if (reach('INVOICED'))
      step(rng.int(4, 30), 'INVOICED', this.staff.ACCOUNTING, 'STATUS_CHANGED', 'Invoiced');

    // Nothing may lie in the future: move the whole history back if needed.
    const latest = steps[steps.length - 1].at.getTime();
    const limit = this.now.getTime() - 10 * 60_000;
    if (latest > limit) {
      const shift = latest - limit;
      for (const s of steps) s.at = new Date(s.at.getTime() - shift);
      for (const key of ['submittedAt', 'quoteSentAt', 'quoteAcceptedAt'] as const) {
        const value = order[key];
        if (value) order[key] = new Date(value.getTime() - shift);
      }
      order.createdAt = steps[0].at;
      plan.createdAt = steps[0].at;
    }
    return steps;
  }

  private carrier(
    plan: OrderPlan,
    rng: Prng,
  ): Pick<Shipment, 'carrier' | 'trackingNumber' | 'trackingUrl' | 'billOfLadingNumber'> {
    const freight = plan.lines.some(
      (l) => l.product?.row.baseUnitId === this.unitId('gal') || l.factor >= dec(1000),
    );
    const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
    if (freight) {
      const pro = digits(9);
      return {
        carrier: 'XPO Logistics (LTL)',
        trackingNumber: pro,
        trackingUrl: `https://track.xpo.com/?pro=${pro}`,
        billOfLadingNumber: `BOL-${digits(8)}`,
      };
    }
    if (rng.chance(55)) {
      const alnum = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
      const tracking = `1Z${Array.from({ length: 16 }, () => alnum[rng.int(0, alnum.length - 1)]).join('')}`;
      return {
        carrier: 'UPS',
        trackingNumber: tracking,
        trackingUrl: `https://www.ups.com/track?tracknum=${tracking}`,
        billOfLadingNumber: null,
      };
    }
    const tracking = digits(12);
    return {
      carrier: 'FedEx',
      trackingNumber: tracking,
      trackingUrl: `https://www.fedex.com/fedextrack/?trknbr=${tracking}`,
      billOfLadingNumber: null,
    };
  }

  // ---------------------------------------------------------------- invoices and payments

  private async seedInvoices(plans: OrderPlan[]): Promise<void> {
    const invoices: Invoice[] = [];
    const invoiceLines: InvoiceLine[] = [];
    const payments: Payment[] = [];
    const allocations: PaymentAllocation[] = [];
    const invoiced = plans.filter((p) => p.target === 'INVOICED' && p.order);

    interface Issued {
      plan: OrderPlan;
      invoice: Invoice;
    }
    const issued: Issued[] = [];
    const byIssueDate = invoiced
      .map((plan) => ({ plan, at: (plan.order as Order).updatedAt }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { plan, at } of byIssueDate) {
      const order = plan.order as Order;
      const term = plan.company.term;
      const issuedOn = isoDate(at);
      const discount = term.row.earlyPaymentDiscountPercent;
      const invoice: Invoice = {
        id: this.w.id(Invoice),
        number: `INV-${pad6(this.nextNumber(SEQUENCES.invoice))}`,
        kind: 'INVOICE',
        status: 'OPEN',
        companyId: plan.company.row.id,
        orderId: order.id,
        creditedInvoiceId: null,
        reason: null,
        issuedOn,
        dueOn: dueDateOf(
          { netDays: term.row.netDays, endOfMonth: term.row.endOfMonth, installments: term.installments },
          issuedOn,
        ),
        currencyCode: 'USD',
        subtotal: order.subtotal,
        taxTotal: order.taxTotal,
        total: order.total,
        amountPaid: '0.0000',
        paymentTermId: term.row.id,
        earlyPaymentDiscountPercent: discount,
        earlyPaymentDiscountDeadline:
          discount && term.row.earlyPaymentDiscountDays
            ? addDays(issuedOn, term.row.earlyPaymentDiscountDays)
            : null,
        taxExemptionText: plan.company.row.taxExempt
          ? `Tax exempt: ${plan.company.row.taxExemptionCertificate}`
          : null,
        createdById: this.staff.ACCOUNTING.id,
        createdAt: at,
        updatedAt: at,
      };
      invoices.push(invoice);
      (plan.orderLines ?? []).forEach((l, i) =>
        invoiceLines.push({
          id: this.w.id(InvoiceLine),
          invoiceId: invoice.id,
          position: i + 1,
          orderLineId: l.id,
          productId: l.productId,
          description: `${l.sku} ${l.description}`,
          quantity: l.quantity,
          unitId: l.unitId,
          unitPrice: l.unitPrice,
          lineTotal: l.lineTotal,
          taxRate: l.taxRate,
          taxAmount: l.taxAmount,
        }),
      );
      issued.push({ plan, invoice });
    }

    // Payments: most past-due invoices paid, some partly, some left overdue; early payers take
    // the 2/10 discount. Per company, the most recent past-due invoice stays overdue and the one
    // before it is partly paid, so every demo account shows both.
    const methods = ['ACH', 'WIRE', 'CHECK', 'CARD'] as const;
    for (const company of this.companies) {
      const rng = Prng.fromString(`payments:${company.spec.key}:${this.scale}`);
      const mine = issued.filter((x) => x.plan.company === company);
      const pastDue = mine.filter((x) => (x.invoice.dueOn as string) < this.today);
      const overdue = new Set(pastDue.slice(-1).map((x) => x.invoice));
      const partial = new Set(pastDue.slice(-2, -1).map((x) => x.invoice));
      let pendingWire: { invoice: Invoice; paidAt: Date } | null = null;
      for (const { invoice } of mine) {
        const total = dec(invoice.total);
        const due = invoice.dueOn as string;
        const notYetDue = due >= this.today;
        let mode: 'none' | 'full' | 'partial' | 'early';
        if (overdue.has(invoice)) mode = 'none';
        else if (partial.has(invoice)) mode = 'partial';
        else if (
          invoice.earlyPaymentDiscountDeadline &&
          rng.chance(50) &&
          invoice.earlyPaymentDiscountDeadline < this.today
        )
          mode = 'early';
        else if (notYetDue) mode = rng.chance(25) ? 'full' : 'none';
        else mode = rng.chance(88) ? 'full' : 'none';
        if (mode === 'none') continue;

        const issuedAt = Date.parse(`${invoice.issuedOn}T15:00:00Z`);
        let paidAt: Date;
        let amount: Micros;
        let discountTaken = 0n;
        if (mode === 'early') {
          paidAt = new Date(issuedAt + rng.int(3, 9) * DAY);
          discountTaken = round(percentOf(total, dec(invoice.earlyPaymentDiscountPercent as string)), 2);
          amount = total - discountTaken;
        } else if (mode === 'partial') {
          paidAt = new Date(issuedAt + rng.int(20, 30) * DAY);
          amount = round(percentOf(total, dec(rng.pick([40, 50, 60]))), 2);
        } else {
          const latest = Math.min(this.now.getTime() - DAY, Date.parse(`${due}T12:00:00Z`) + 5 * DAY);
          paidAt = new Date(Math.max(issuedAt + DAY, latest - rng.int(0, 25) * DAY));
          amount = total;
        }
        if (paidAt.getTime() > this.now.getTime() - HOUR) paidAt = new Date(this.now.getTime() - HOUR);

        // Globex pays two invoices with one wire now and then.
        if (company.spec.key === 'globex' && mode === 'full' && pendingWire === null && rng.chance(50)) {
          pendingWire = { invoice, paidAt };
          continue;
        }
        const together =
          company.spec.key === 'globex' && mode === 'full' && pendingWire !== null ? pendingWire : null;
        const method = together ? 'WIRE' : mode === 'early' ? 'ACH' : rng.pick(methods);
        const paymentId = this.w.id(Payment);
        const parts = together
          ? [
              { invoice: together.invoice, amount: dec(together.invoice.total), discount: 0n },
              { invoice, amount, discount: discountTaken },
            ]
          : [{ invoice, amount, discount: discountTaken }];
        payments.push({
          id: paymentId,
          companyId: company.row.id,
          amount: money(sum(parts.map((p) => p.amount))),
          currencyCode: 'USD',
          method,
          status: 'SUCCEEDED',
          reference:
            method === 'CHECK'
              ? `Check ${rng.int(10000, 99999)}`
              : method === 'WIRE'
                ? `WIRE-${company.spec.poPrefix}-${rng.int(100000, 999999)}`
                : parts.map((p) => p.invoice.number).join(', '),
          provider: method === 'CARD' || method === 'ACH' ? 'fake' : null,
          providerReference:
            method === 'CARD' || method === 'ACH' ? `fake_${paymentId}_${rng.int(100000, 999999)}` : null,
          idempotencyKey: null,
          paidAt,
          discountTaken: discountTaken > 0n ? money(discountTaken) : null,
          remittanceInstructions: null,
          createdById:
            method === 'CARD' || method === 'ACH' ? company.users.BUYER.id : this.staff.ACCOUNTING.id,
          createdAt: paidAt,
        });
        for (const part of parts) {
          allocations.push({
            id: this.w.id(PaymentAllocation),
            paymentId,
            invoiceId: part.invoice.id,
            amount: money(part.amount),
            discountTaken: money(part.discount),
          });
          const paid = dec(part.invoice.amountPaid) + part.amount + part.discount;
          part.invoice.amountPaid = money(paid);
          part.invoice.status = paid >= dec(part.invoice.total) ? 'PAID' : 'OPEN';
          part.invoice.updatedAt = paidAt;
        }
        if (together) pendingWire = null;
      }
    }

    // One credit note: a damaged line on Acme's first invoice.
    const acme = issued.find((x) => x.plan.company.spec.key === 'acme');
    if (acme) {
      const line = (acme.plan.orderLines ?? [])[0];
      const quantity = dec(1);
      const lineTotal = round(mul(dec(line.unitPrice), quantity), 2);
      const tax = round(percentOf(lineTotal, dec(line.taxRate)), 2);
      const issuedOn = addDays(acme.invoice.issuedOn as string, 6);
      const at = new Date(`${issuedOn}T16:00:00Z`);
      const credit: Invoice = {
        ...acme.invoice,
        id: this.w.id(Invoice),
        number: `CN-${pad6(this.nextNumber(SEQUENCES.creditNote))}`,
        kind: 'CREDIT_NOTE',
        status: 'OPEN',
        creditedInvoiceId: acme.invoice.id,
        reason: `Damaged in transit: 1 ${line.description}`,
        issuedOn,
        dueOn: null,
        subtotal: money(lineTotal),
        taxTotal: money(tax),
        total: money(lineTotal + tax),
        amountPaid: '0.0000',
        paymentTermId: null,
        earlyPaymentDiscountPercent: null,
        earlyPaymentDiscountDeadline: null,
        createdAt: at,
        updatedAt: at,
      };
      invoices.push(credit);
      invoiceLines.push({
        id: this.w.id(InvoiceLine),
        invoiceId: credit.id,
        position: 1,
        orderLineId: line.id,
        productId: line.productId,
        description: `${line.sku} ${line.description} (damaged in transit)`,
        quantity: fmt(quantity),
        unitId: line.unitId,
        unitPrice: line.unitPrice,
        lineTotal: money(lineTotal),
        taxRate: line.taxRate,
        taxAmount: money(tax),
      });
    }

    await this.w.insert(Invoice, invoices);
    await this.w.insert(InvoiceLine, invoiceLines);
    await this.w.insert(Payment, payments);
    await this.w.insert(PaymentAllocation, allocations);
  }

  // ---------------------------------------------------------------- templates

  private async seedTemplates(plans: OrderPlan[]): Promise<void> {
    const templates: OrderTemplate[] = [];
    const lines: OrderTemplateLine[] = [];
    for (const company of this.companies) {
      const rng = Prng.fromString(`templates:${company.spec.key}`);
      const specs: [string, User, boolean][] = [
        ['Weekly restock', company.users.BUYER, false],
        [`${company.spec.name.split(' ')[0]} standard order`, company.users.BUYER, true],
        ['My usual items', company.users.REQUISITIONER, false],
      ];
      for (let i = 1; i < this.scale; i++)
        specs.push([`Shared list ${i + 1}`, company.users.PORTAL_ADMIN, true]);
      for (const [name, owner, shared] of specs) {
        const id = this.w.id(OrderTemplate);
        const used = plans.find((p) => p.company === company && p.creator === owner);
        templates.push({
          id,
          companyId: company.row.id,
          ownerId: owner.id,
          name,
          shared,
          lastUsedAt: used ? used.createdAt : null,
          createdAt: new Date(this.now.getTime() - 150 * DAY),
        });
        this.lines(company, rng, rng.int(3, 8)).forEach((l, position) => {
          if (!l.product) return;
          lines.push({
            id: this.w.id(OrderTemplateLine),
            templateId: id,
            position: position + 1,
            productId: l.product.row.id,
            quantity: fmt(l.quantity),
            unitId: l.unitId,
          });
        });
      }
    }
    await this.w.insert(OrderTemplate, templates);
    await this.w.insert(OrderTemplateLine, lines);
  }
}
