import {
  AccessGroup,
  Address,
  Approval,
  Category,
  Company,
  CompanyAccessGroup,
  CompanyApprovalRule,
  Invoice,
  InvoiceInstallment,
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
  ShipmentLine,
  StockLevel,
  StockMovement,
  TaxRate,
  UnitOfMeasure,
  User,
  type createDataSource,
} from './gateway';
import { NumberSequences } from './core/number-sequences';
import { isoDate, type SeedContext } from './core/seed-context';
import { Writer } from './core/writer';
import { seedCatalog } from './steps/catalog.step';
import { seedCompanies } from './steps/companies.step';
import { seedFulfilment } from './steps/fulfilment.step';
import { seedInventory } from './steps/inventory.step';
import { seedInvoicesAndPayments } from './steps/invoices.step';
import { seedOrders } from './steps/orders.step';
import { seedPaymentTerms } from './steps/payment-terms.step';
import { seedPricelists } from './steps/pricelists.step';
import { seedQuoteReplies } from './steps/quote-replies.step';
import { seedReferenceData } from './steps/reference-data.step';
import { seedRfqs } from './steps/rfqs.step';
import { seedSignInHistory } from './steps/sign-in-history.step';
import { seedStaff, type DemoSignIn } from './steps/staff.step';
import { seedTemplates } from './steps/templates.step';

export type { DemoSignIn } from './steps/staff.step';

type DataSource = ReturnType<typeof createDataSource>;

export interface SeedOptions {
  /** The demo's "now": history lies in the ≈ 6 months before it. */
  now: Date;
  /** Multiplies products (200 × scale) and order history; a whole number ≥ 1. Default 1. */
  scale?: number;
  /** Password hash (gateway's `hashPassword`) given to every demo user. */
  passwordHash: string;
}

export interface SeedSummary {
  now: string;
  scale: number;
  /** Rows inserted, per entity. */
  counts: Record<string, number>;
  signIns: DemoSignIn[];
}

/** Every entity the seed writes rows of with ids it allocates itself. */
const ENTITIES_WITH_IDS = [
  AccessGroup,
  Address,
  Approval,
  Category,
  Company,
  CompanyAccessGroup,
  CompanyApprovalRule,
  Invoice,
  InvoiceInstallment,
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
  ShipmentLine,
  StockLevel,
  StockMovement,
  TaxRate,
  UnitOfMeasure,
  User,
] as const;

/**
 * Inserts the demo data set, in one transaction, through the gateway's entities: staff and
 * customer users, companies, the catalog, pricelists, payment terms, ≈ 6 months of orders in
 * every status, RFQs and quotations, shipments, the stock ledger (opening receipts, reservations of
 * open orders, shipments), templates, invoices, payments and a credit note,
 * and past portal sign-ins. Every price, tax, total and discount comes from @portal/domain.
 * Deterministic for a given `now` and `scale`. Expects a migrated database without demo data
 * (SKUs and e-mails are unique).
 */
export async function seedDemoData(dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a whole number ≥ 1, got ${scale}`);
  if (Number.isNaN(options.now.getTime())) throw new RangeError('now is not a valid date');
  return dataSource.transaction(async (em) => {
    const ctx: SeedContext = {
      em,
      writer: await Writer.create(em, ENTITIES_WITH_IDS),
      numbers: await NumberSequences.load(em),
      now: options.now,
      today: isoDate(options.now),
      scale,
      passwordHash: options.passwordHash,
    };
    const { staff, signIns } = await seedStaff(ctx);
    const reference = await seedReferenceData(ctx);
    const catalog = await seedCatalog(ctx, reference);
    const terms = await seedPaymentTerms(ctx);
    const pricing = await seedPricelists(ctx, catalog);
    const { companies, signIns: contacts } = await seedCompanies(ctx, { reference, catalog, terms, pricing });
    const rfqs = await seedRfqs(ctx, { catalog, reference, companies });
    const orders = await seedOrders(ctx, { staff, reference, catalog, pricing, companies, rfqs });
    await seedQuoteReplies(ctx, { staff, rfqs, orders });
    const shipments = await seedFulfilment(ctx, { reference, orders });
    await seedInventory(ctx, { catalog, orders, shipments });
    await seedInvoicesAndPayments(ctx, { staff, companies, orders });
    await seedTemplates(ctx, { catalog, companies, orders });
    await seedSignInHistory(ctx, companies);
    await ctx.numbers.save(em, ctx.writer);
    return {
      now: options.now.toISOString(),
      scale,
      counts: { ...ctx.writer.counts },
      signIns: [...signIns, ...contacts],
    };
  });
}
