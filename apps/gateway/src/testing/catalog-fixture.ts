import { AvailabilityPolicy } from '@portal/domain';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AccessGroup,
  Category,
  Company,
  Document,
  Pricelist,
  PricelistRule,
  Product,
  ProductAccessGroup,
  ProductUnit,
  UnitOfMeasure,
} from '../entity';
import type { AccessFixture } from './fixtures';
import { receiveOpeningStock } from '../service/inventory/stock-ledger';

/**
 * The catalog the catalog and order e2e tests run on (on top of the access fixture):
 *
 * Units: ea, cs, plt (count), gal, L (volume).
 * Categories: Kitchen > Disposables > Cups; Chemicals > Solvents; Cleaning.
 * Pricelists: acme → "Gold tier" (5% off catalog price; 12% off from 100 ea; catalog prices
 * hidden); globex → "Globex contract" (fixed prices for CUP-12 and SOLV-55, catalog prices shown).
 * Access groups: restaurants (acme is a member), hospitals (no company).
 *
 * Products (list price per base unit):
 * - CUP-12   Paper cup 12 oz, Cups, 0.50/ea, units ea, cs = 24 (default), plt = 2880; stock 10000
 * - CUP-16   Paper cup 16 oz, Cups, 0.60/ea, units ea, cs = 20 (default); stock 5000
 * - LID-12   Cup lid 12 oz, Disposables, 0.10/ea, units ea, cs = 100 (default); stock 20000
 * - NAPKIN-W White napkin, Disposables, 0.02/ea, cs = 500; stock 400 at a low-stock threshold of 1000 (LOW_STOCK)
 * - SOLV-55  Industrial solvent, Solvents, 4.00/gal, gal only, minimum 55, multiple 55; stock 1100
 * - SOLV-5   Solvent pail, Solvents, 4.50/gal, minimum 5, multiple 5; stock 200
 * - DEGR-1   Degreaser 1 L bottle, Cleaning, 6.00/ea; stock 300
 * - CHEF-KNIFE Chef knife, Kitchen, 45.00/ea, restricted to restaurants (acme only); stock 50
 * - GLOVE-NIT Nitrile gloves, Cleaning, 0.08/ea, restricted to hospitals (no customer sees it); stock 9000
 * - OLD-TRAY Discontinued tray, Kitchen, 3.00/ea, unpublished; stock 10
 * - OOS-HIDE Seasonal cup sleeve, Disposables, 1.00/ea, HIDE_WHEN_OUT_OF_STOCK, stock 0 (hidden from customers)
 * - OOS-SHOW Paper straw, Disposables, 0.01/ea, SHOW_UNAVAILABLE, stock 0 (OUT_OF_STOCK)
 * - OOS-BACK Compostable bowl, Disposables, 0.75/ea, ALLOW_BACKORDER, stock 0, restock 2026-12-15
 * - MTO-SIGN Custom kitchen sign, Kitchen, 120.00/ea, MADE_TO_ORDER, stock 0, lead time 14 days
 *
 * Documents: a public safety data sheet of SOLV-55, and a certificate of CUP-12 for acme only.
 */
export const CATALOG_SKUS = [
  'CUP-12',
  'CUP-16',
  'LID-12',
  'NAPKIN-W',
  'SOLV-55',
  'SOLV-5',
  'DEGR-1',
  'CHEF-KNIFE',
  'GLOVE-NIT',
  'OLD-TRAY',
  'OOS-HIDE',
  'OOS-SHOW',
  'OOS-BACK',
  'MTO-SIGN',
] as const;
export type CatalogSku = (typeof CATALOG_SKUS)[number];

export type UnitSymbol = 'ea' | 'cs' | 'plt' | 'gal' | 'L';
export type CategoryKey = 'kitchen' | 'disposables' | 'cups' | 'chemicals' | 'solvents' | 'cleaning';

export interface CatalogFixture {
  units: Record<UnitSymbol, UnitOfMeasure>;
  categories: Record<CategoryKey, Category>;
  products: Record<CatalogSku, Product>;
  pricelists: { gold: Pricelist; globexContract: Pricelist };
  accessGroups: { restaurants: AccessGroup; hospitals: AccessGroup };
  documents: { solventSds: Document; acmeCertificate: Document };
}

/** SKUs a customer of acme sees in the catalog (published, its groups or none, not hidden). */
export const ACME_VISIBLE_SKUS: readonly CatalogSku[] = CATALOG_SKUS.filter(
  (s) => !['GLOVE-NIT', 'OLD-TRAY', 'OOS-HIDE'].includes(s),
);
/** SKUs a customer of globex sees (acme's, without the restaurants-only knife). */
export const GLOBEX_VISIBLE_SKUS: readonly CatalogSku[] = ACME_VISIBLE_SKUS.filter((s) => s !== 'CHEF-KNIFE');

interface ProductSpec {
  sku: CatalogSku;
  name: string;
  description?: string;
  category: CategoryKey;
  base: UnitSymbol;
  /** Other units: symbol and factor; the first with `default` is the default unit (else the base). */
  units?: { symbol: UnitSymbol; factor: string; isDefault?: boolean }[];
  listPrice: string;
  cost?: string;
  minimumOrderQuantity?: string;
  orderMultiple?: string;
  published?: boolean;
  stock: string;
  lowStockThreshold?: string;
  policy?: AvailabilityPolicy;
  restockDate?: string;
  leadTimeDays?: number;
  groups?: ('restaurants' | 'hospitals')[];
}

const PRODUCTS: ProductSpec[] = [
  {
    sku: 'CUP-12',
    name: 'Paper cup 12 oz',
    description: 'Single-wall hot cup, white',
    category: 'cups',
    base: 'ea',
    units: [
      { symbol: 'cs', factor: '24', isDefault: true },
      { symbol: 'plt', factor: '2880' },
    ],
    listPrice: '0.50',
    cost: '0.20',
    stock: '10000',
  },
  {
    sku: 'CUP-16',
    name: 'Paper cup 16 oz',
    description: 'Double-wall hot cup, kraft',
    category: 'cups',
    base: 'ea',
    units: [{ symbol: 'cs', factor: '20', isDefault: true }],
    listPrice: '0.60',
    cost: '0.25',
    stock: '5000',
  },
  {
    sku: 'LID-12',
    name: 'Cup lid 12 oz',
    description: 'Sip lid for 12 oz cups',
    category: 'disposables',
    base: 'ea',
    units: [{ symbol: 'cs', factor: '100', isDefault: true }],
    listPrice: '0.10',
    cost: '0.03',
    stock: '20000',
  },
  {
    sku: 'NAPKIN-W',
    name: 'White napkin',
    description: 'Two-ply dinner napkin',
    category: 'disposables',
    base: 'ea',
    units: [{ symbol: 'cs', factor: '500', isDefault: true }],
    listPrice: '0.02',
    cost: '0.01',
    stock: '400',
    lowStockThreshold: '1000',
  },
  {
    sku: 'SOLV-55',
    name: 'Industrial solvent',
    description: 'Parts-washer solvent, sold by the 55 gal drum',
    category: 'solvents',
    base: 'gal',
    listPrice: '4.00',
    cost: '2.50',
    minimumOrderQuantity: '55',
    orderMultiple: '55',
    stock: '1100',
  },
  {
    sku: 'SOLV-5',
    name: 'Solvent pail',
    description: 'Parts-washer solvent in 5 gal pails',
    category: 'solvents',
    base: 'gal',
    listPrice: '4.50',
    cost: '2.70',
    minimumOrderQuantity: '5',
    orderMultiple: '5',
    stock: '200',
  },
  {
    sku: 'DEGR-1',
    name: 'Degreaser 1 L bottle',
    description: 'Kitchen degreaser, citrus',
    category: 'cleaning',
    base: 'ea',
    listPrice: '6.00',
    cost: '2.00',
    stock: '300',
  },
  {
    sku: 'CHEF-KNIFE',
    name: 'Chef knife',
    description: 'Forged steel, 8 inch',
    category: 'kitchen',
    base: 'ea',
    listPrice: '45.00',
    cost: '18.00',
    stock: '50',
    groups: ['restaurants'],
  },
  {
    sku: 'GLOVE-NIT',
    name: 'Nitrile gloves',
    description: 'Exam gloves, powder free',
    category: 'cleaning',
    base: 'ea',
    listPrice: '0.08',
    cost: '0.03',
    stock: '9000',
    groups: ['hospitals'],
  },
  {
    sku: 'OLD-TRAY',
    name: 'Discontinued tray',
    description: 'No longer sold',
    category: 'kitchen',
    base: 'ea',
    listPrice: '3.00',
    stock: '10',
    published: false,
  },
  {
    sku: 'OOS-HIDE',
    name: 'Seasonal cup sleeve',
    description: 'Holiday sleeve',
    category: 'disposables',
    base: 'ea',
    listPrice: '1.00',
    stock: '0',
    policy: AvailabilityPolicy.HIDE_WHEN_OUT_OF_STOCK,
  },
  {
    sku: 'OOS-SHOW',
    name: 'Paper straw',
    description: 'Wrapped paper straw',
    category: 'disposables',
    base: 'ea',
    listPrice: '0.01',
    stock: '0',
    policy: AvailabilityPolicy.SHOW_UNAVAILABLE,
  },
  {
    sku: 'OOS-BACK',
    name: 'Compostable bowl',
    description: 'Bagasse bowl 16 oz',
    category: 'disposables',
    base: 'ea',
    listPrice: '0.75',
    stock: '0',
    policy: AvailabilityPolicy.ALLOW_BACKORDER,
    restockDate: '2026-12-15',
  },
  {
    sku: 'MTO-SIGN',
    name: 'Custom kitchen sign',
    description: 'Engraved to order',
    category: 'kitchen',
    base: 'ea',
    listPrice: '120.00',
    stock: '0',
    policy: AvailabilityPolicy.MADE_TO_ORDER,
    leadTimeDays: 14,
  },
];

/** Seeds the catalog fixture (see above) in one transaction; acme and globex get their pricelists. */
export async function seedCatalogFixture(
  ds: DataSource,
  now: Date,
  access: AccessFixture,
): Promise<CatalogFixture> {
  return ds.transaction((em) => seed(em, now, access));
}

async function seed(em: EntityManager, now: Date, access: AccessFixture): Promise<CatalogFixture> {
  const unitRepo = em.getRepository(UnitOfMeasure);
  const units: CatalogFixture['units'] = {
    ea: await unitRepo.save({ name: 'Each', symbol: 'ea', category: 'count', ratio: '1', rounding: '1' }),
    cs: await unitRepo.save({ name: 'Case', symbol: 'cs', category: 'count', ratio: '24', rounding: '1' }),
    plt: await unitRepo.save({
      name: 'Pallet',
      symbol: 'plt',
      category: 'count',
      ratio: '2880',
      rounding: '1',
    }),
    gal: await unitRepo.save({
      name: 'Gallon (US)',
      symbol: 'gal',
      category: 'volume',
      ratio: '3.785411784',
      rounding: '0.01',
    }),
    L: await unitRepo.save({ name: 'Litre', symbol: 'L', category: 'volume', ratio: '1', rounding: '0.001' }),
  };

  const categoryRepo = em.getRepository(Category);
  const kitchen = await categoryRepo.save({ name: 'Kitchen', parentId: null });
  const disposables = await categoryRepo.save({ name: 'Disposables', parentId: kitchen.id });
  const cups = await categoryRepo.save({ name: 'Cups', parentId: disposables.id });
  const chemicals = await categoryRepo.save({ name: 'Chemicals', parentId: null });
  const solvents = await categoryRepo.save({ name: 'Solvents', parentId: chemicals.id });
  const cleaning = await categoryRepo.save({ name: 'Cleaning', parentId: null });
  const categories: CatalogFixture['categories'] = {
    kitchen,
    disposables,
    cups,
    chemicals,
    solvents,
    cleaning,
  };

  const groupRepo = em.getRepository(AccessGroup);
  const restaurants =
    (await groupRepo.findOneBy({ code: 'restaurants' })) ??
    (await groupRepo.save({ code: 'restaurants', name: 'Restaurants' }));
  const hospitals = await groupRepo.save({ code: 'hospitals', name: 'Hospitals' });
  const accessGroups = { restaurants, hospitals };

  const products = {} as CatalogFixture['products'];
  for (const spec of PRODUCTS) {
    const product = await em.getRepository(Product).save({
      sku: spec.sku,
      name: spec.name,
      description: spec.description ?? null,
      categoryId: categories[spec.category].id,
      baseUnitId: units[spec.base].id,
      listPrice: spec.listPrice,
      cost: spec.cost ?? null,
      minimumOrderQuantity: spec.minimumOrderQuantity ?? null,
      orderMultiple: spec.orderMultiple ?? null,
      published: spec.published ?? true,
      lowStockThreshold: spec.lowStockThreshold ?? null,
      availabilityPolicy: spec.policy ?? AvailabilityPolicy.SHOW_UNAVAILABLE,
      restockDate: spec.restockDate ?? null,
      leadTimeDays: spec.leadTimeDays ?? null,
      taxClass: 'STANDARD',
      createdAt: now,
      updatedAt: now,
    });
    // Opening stock through the ledger (a receipt at the default warehouse).
    await receiveOpeningStock(em, product.id, spec.stock, now);
    const others = spec.units ?? [];
    const hasDefault = others.some((u) => u.isDefault);
    await em.getRepository(ProductUnit).save([
      { productId: product.id, unitId: units[spec.base].id, factor: '1', isDefault: !hasDefault },
      ...others.map((u) => ({
        productId: product.id,
        unitId: units[u.symbol].id,
        factor: u.factor,
        isDefault: u.isDefault ?? false,
      })),
    ]);
    for (const group of spec.groups ?? []) {
      await em
        .getRepository(ProductAccessGroup)
        .save({ productId: product.id, accessGroupId: accessGroups[group].id });
    }
    products[spec.sku] = product;
  }

  // acme: Gold tier (the access fixture's pricelist), catalog prices hidden.
  const pricelistRepo = em.getRepository(Pricelist);
  const gold = await pricelistRepo.findOneByOrFail({ id: access.acme.company.pricelistId ?? -1 });
  gold.name = 'Gold tier';
  gold.showsCatalogPrices = false;
  await pricelistRepo.save(gold);
  const rule = (position: number, fields: Partial<PricelistRule>): Partial<PricelistRule> => ({
    position,
    label: null,
    customerText: null,
    categoryId: null,
    productId: null,
    minQuantity: '0',
    validFrom: null,
    validTo: null,
    fixedPrice: null,
    percentDiscount: null,
    base: null,
    basePricelistId: null,
    formulaDiscountPercent: null,
    formulaSurcharge: null,
    formulaRounding: null,
    formulaMinMargin: null,
    formulaMaxMargin: null,
    createdAt: now,
    ...fields,
  });
  await em.getRepository(PricelistRule).save([
    rule(0, {
      pricelistId: gold.id,
      label: 'Gold: list less 5% (our margin 31%)',
      customerText: 'Gold tier',
      scope: 'ALL_PRODUCTS',
      computation: 'PERCENT_DISCOUNT',
      percentDiscount: '5',
    }),
    rule(1, {
      pricelistId: gold.id,
      label: 'Gold volume: list less 12% (our margin 24%)',
      customerText: 'Gold tier',
      scope: 'ALL_PRODUCTS',
      computation: 'PERCENT_DISCOUNT',
      percentDiscount: '12',
      minQuantity: '100',
    }),
  ]);

  // globex: its own fixed contract prices, catalog prices shown.
  const globexContract = await pricelistRepo.save({
    name: 'Globex contract',
    currencyCode: 'USD',
    showsCatalogPrices: true,
    pricePrecision: 4,
    portalDiscountPercent: null,
    createdAt: now,
    updatedAt: now,
  });
  await em.getRepository(PricelistRule).save([
    rule(0, {
      pricelistId: globexContract.id,
      label: 'Globex contract',
      scope: 'PRODUCT',
      productId: products['SOLV-55'].id,
      computation: 'FIXED',
      fixedPrice: '3.10',
    }),
    rule(1, {
      pricelistId: globexContract.id,
      label: 'Globex contract',
      scope: 'PRODUCT',
      productId: products['CUP-12'].id,
      computation: 'FIXED',
      fixedPrice: '0.45',
    }),
  ]);
  await em
    .getRepository(Company)
    .update({ id: access.globex.company.id }, { pricelistId: globexContract.id });
  access.globex.company.pricelistId = globexContract.id;

  const documentRepo = em.getRepository(Document);
  const document = (fields: Partial<Document>) =>
    documentRepo.save({
      companyId: null,
      productId: null,
      orderId: null,
      invoiceId: null,
      shipmentId: null,
      rfqId: null,
      contentType: 'application/pdf',
      byteSize: 1024,
      sha256: '0'.repeat(64),
      createdById: null,
      createdAt: now,
      ...fields,
    } as Document);
  const solventSds = await document({
    kind: 'SAFETY_DATA_SHEET',
    title: 'SOLV-55 safety data sheet',
    productId: products['SOLV-55'].id,
    storageKey: 'fixture/solv-55-sds.pdf',
  });
  const acmeCertificate = await document({
    kind: 'CERTIFICATE_OF_CONFORMANCE',
    title: 'CUP-12 certificate for Acme',
    productId: products['CUP-12'].id,
    companyId: access.acme.company.id,
    storageKey: 'fixture/cup-12-acme.pdf',
  });

  return {
    units,
    categories,
    products,
    pricelists: { gold, globexContract },
    accessGroups,
    documents: { solventSds, acmeCertificate },
  };
}

/**
 * `count` more published products BULK-000, BULK-001, … (list prices 1.25, 2.25, …, in the cups,
 * solvents and cleaning categories in turn, opening stock 0, 10, 20, …), each with the sellable
 * units `unitsOf` gives: enough products that a page of 50 is full.
 */
export async function addBulkProducts(
  em: EntityManager,
  catalog: CatalogFixture,
  now: Date,
  count: number,
  unitsOf: (productId: number) => Omit<ProductUnit, 'id' | 'product' | 'unit'>[],
  /** The first product's number (BULK-000 by default): a second batch starts after the first. */
  from = 0,
): Promise<void> {
  const { units, categories } = catalog;
  for (let i = from; i < from + count; i++) {
    const product = await em.getRepository(Product).save({
      sku: `BULK-${String(i).padStart(3, '0')}`,
      name: `Bulk item ${i}`,
      description: null,
      categoryId: [categories.cups.id, categories.solvents.id, categories.cleaning.id][i % 3],
      baseUnitId: units.ea.id,
      listPrice: `${1 + i}.25`,
      cost: null,
      minimumOrderQuantity: null,
      orderMultiple: null,
      published: true,
      lowStockThreshold: null,
      availabilityPolicy: AvailabilityPolicy.SHOW_UNAVAILABLE,
      restockDate: null,
      leadTimeDays: null,
      taxClass: 'STANDARD',
      createdAt: now,
      updatedAt: now,
    });
    await receiveOpeningStock(em, product.id, String(i * 10), now);
    await em.getRepository(ProductUnit).save(unitsOf(product.id));
  }
}
