import type { AvailabilityPolicy as DomainAvailabilityPolicy } from '@portal/domain';
import { HUNDRED, dec, roundToScale, toDecimalString, type Decimal } from '@portal/domain';
import { cyclic } from '../core/lists';
import { Prng } from '../core/prng';

/**
 * The demo catalog as plain data: units, tax classes, the category tree and a deterministic
 * product generator. No database here; demo-data.ts turns this into rows.
 */

export interface UnitSpec {
  symbol: string;
  name: string;
  category: 'count' | 'volume' | 'weight' | 'length' | 'time';
  ratio: string;
  rounding: string;
}

/**
 * References: Each, Litre, Kilogram, Metre, Hour. Packaging units (case, pallet, box, drum)
 * are count units whose size is the product unit's factor, since a case holds 6 of one product
 * and 48 of another.
 */
export const UNITS: readonly UnitSpec[] = [
  { symbol: 'ea', name: 'Each', category: 'count', ratio: '1', rounding: '1' },
  { symbol: 'dz', name: 'Dozen', category: 'count', ratio: '12', rounding: '1' },
  { symbol: 'pr', name: 'Pair', category: 'count', ratio: '2', rounding: '1' },
  { symbol: 'bx', name: 'Box', category: 'count', ratio: '1', rounding: '1' },
  { symbol: 'cs', name: 'Case', category: 'count', ratio: '1', rounding: '1' },
  { symbol: 'plt', name: 'Pallet', category: 'count', ratio: '1', rounding: '1' },
  { symbol: 'L', name: 'Litre', category: 'volume', ratio: '1', rounding: '0.001' },
  { symbol: 'mL', name: 'Millilitre', category: 'volume', ratio: '0.001', rounding: '1' },
  { symbol: 'gal', name: 'Gallon (US)', category: 'volume', ratio: '3.785411784', rounding: '0.01' },
  { symbol: 'dr', name: 'Drum (55 gal)', category: 'volume', ratio: '208.19764812', rounding: '1' },
  { symbol: 'kg', name: 'Kilogram', category: 'weight', ratio: '1', rounding: '0.001' },
  { symbol: 'g', name: 'Gram', category: 'weight', ratio: '0.001', rounding: '1' },
  { symbol: 'lb', name: 'Pound', category: 'weight', ratio: '0.45359237', rounding: '0.01' },
  { symbol: 'm', name: 'Metre', category: 'length', ratio: '1', rounding: '0.01' },
  { symbol: 'ft', name: 'Foot', category: 'length', ratio: '0.3048', rounding: '0.01' },
  { symbol: 'h', name: 'Hour', category: 'time', ratio: '1', rounding: '0.25' },
];

export const TAX_RATES = [
  { taxClass: 'STANDARD', name: 'Standard rate', rate: '8.2500' },
  { taxClass: 'FOOD', name: 'Food and beverages (exempt)', rate: '0.0000' },
  { taxClass: 'MEDICAL', name: 'Medical supplies (exempt)', rate: '0.0000' },
  { taxClass: 'SERVICE', name: 'Services', rate: '2.0000' },
] as const;

/**
 * Rates of a region, more specific than the ones above: an order shipping there is taxed at them
 * (the domain's ratesForDestination, as the gateway taxes an order at its ship-to). The demo's
 * Texas customers show it: Globex's orders to Pasadena, TX carry 6.25 %, not 8.25 %.
 */
export const REGIONAL_TAX_RATES = [
  { taxClass: 'STANDARD', name: 'Texas state sales tax', countryCode: 'US', region: 'TX', rate: '6.2500' },
] as const;

export const ACCESS_GROUPS = [
  { code: 'restaurants', name: 'Restaurants and food service' },
  { code: 'hospitals', name: 'Hospitals and clinics' },
  { code: 'industrial', name: 'Industrial and laboratory' },
] as const;
export type AccessGroupCode = (typeof ACCESS_GROUPS)[number]['code'];

type TaxClass = (typeof TAX_RATES)[number]['taxClass'];

/** How a product is packed: base unit and the sellable units with their factors. */
type Packing =
  | { kind: 'each'; cases: number[]; pallet?: boolean; dozen?: boolean }
  | { kind: 'pair'; cases: number[] }
  | { kind: 'volume-gal'; drum?: boolean }
  | { kind: 'volume-L'; cases: number[] }
  | { kind: 'weight-kg'; bags: number[] }
  | { kind: 'weight-lb'; cases: number[] }
  | { kind: 'length-m' }
  | { kind: 'length-ft' }
  | { kind: 'hour' };

export interface SubCategorySpec {
  name: string;
  prefix: string;
  nouns: readonly string[];
  variants: readonly string[];
  packing: Packing;
  /** List price range per base unit, in cents. */
  price: readonly [number, number];
  tax: TaxClass;
  /** Some of the products (about a third) are restricted to this group. */
  group?: AccessGroupCode;
  /** All products of the sub-category are restricted to this group. */
  groupAll?: AccessGroupCode;
}

export interface CategorySpec {
  name: string;
  children: readonly SubCategorySpec[];
}

export const CATEGORIES: readonly CategorySpec[] = [
  {
    name: 'Kitchen',
    children: [
      {
        name: 'Cookware',
        prefix: 'CKW',
        nouns: ['Stock pot', 'Saute pan', 'Sauce pan', 'Fry pan', 'Sheet pan', 'Roasting pan', 'Wok'],
        variants: [
          '8 qt aluminium',
          '12 qt stainless',
          '10 in non-stick',
          '14 in carbon steel',
          'half size',
          'full size',
        ],
        packing: { kind: 'each', cases: [6] },
        price: [1800, 18900],
        tax: 'STANDARD',
      },
      {
        name: 'Cutlery',
        prefix: 'CUT',
        nouns: ["Chef's knife", 'Paring knife', 'Bread knife', 'Boning knife', 'Cleaver', 'Honing steel'],
        variants: ['8 in', '10 in', '3.5 in', 'NSF white handle', 'color-coded red', 'color-coded green'],
        packing: { kind: 'each', cases: [6, 12] },
        price: [650, 8900],
        tax: 'STANDARD',
        group: 'restaurants',
      },
      {
        name: 'Small appliances',
        prefix: 'APP',
        nouns: [
          'Immersion blender',
          'Countertop mixer',
          'Food processor',
          'Panini grill',
          'Rice cooker',
          'Induction hob',
        ],
        variants: ['commercial', 'heavy duty', '120 V', '3 speed', 'compact'],
        packing: { kind: 'each', cases: [] },
        price: [7900, 129900],
        tax: 'STANDARD',
      },
    ],
  },
  {
    name: 'Food service',
    children: [
      {
        name: 'Disposables',
        prefix: 'DSP',
        nouns: [
          'Foam clamshell',
          'Kraft to-go box',
          'PLA cold cup',
          'Hot cup lid',
          'Wooden stirrer',
          'Compostable fork',
          'Deli container',
        ],
        variants: ['8 oz', '12 oz', '16 oz', '32 oz', 'small', 'large'],
        packing: { kind: 'each', cases: [250, 500, 1000] },
        price: [4, 65],
        tax: 'STANDARD',
        group: 'restaurants',
      },
      {
        name: 'Tableware',
        prefix: 'TBW',
        nouns: ['Dinner plate', 'Soup bowl', 'Coffee mug', 'Tumbler', 'Wine glass', 'Salad plate'],
        variants: ['porcelain white', 'stoneware', 'tempered glass', '10 in', '12 oz'],
        packing: { kind: 'each', cases: [12, 24, 36], dozen: true },
        price: [180, 1400],
        tax: 'STANDARD',
      },
    ],
  },
  {
    name: 'Food and beverage',
    children: [
      {
        name: 'Beverages',
        prefix: 'BEV',
        nouns: ['Sparkling water', 'Cold brew concentrate', 'Orange juice', 'Cola', 'Iced tea', 'Oat milk'],
        variants: ['12 oz can', '1 L bottle', '500 mL bottle', 'organic', 'unsweetened'],
        packing: { kind: 'each', cases: [12, 24], pallet: true },
        price: [45, 650],
        tax: 'FOOD',
      },
      {
        name: 'Dry goods',
        prefix: 'DRY',
        nouns: [
          'Basmati rice',
          'All-purpose flour',
          'Granulated sugar',
          'Penne pasta',
          'Rolled oats',
          'Sea salt',
        ],
        variants: ['premium', 'organic', 'bulk', 'fine', 'coarse'],
        packing: { kind: 'weight-kg', bags: [5, 10, 25] },
        price: [95, 780],
        tax: 'FOOD',
      },
      {
        name: 'Coffee and tea',
        prefix: 'COF',
        nouns: ['Espresso beans', 'House blend coffee', 'Decaf coffee', 'Green tea', 'Earl Grey tea'],
        variants: ['whole bean', 'ground', 'fair trade', 'dark roast'],
        packing: { kind: 'weight-lb', cases: [5, 20] },
        price: [650, 2400],
        tax: 'FOOD',
      },
    ],
  },
  {
    name: 'Cleaning',
    children: [
      {
        name: 'Chemicals',
        prefix: 'CLN',
        nouns: ['Degreaser', 'Floor cleaner', 'Glass cleaner', 'Sanitizer', 'Dish detergent', 'Rinse aid'],
        variants: ['concentrate', 'ready to use', 'lemon', 'unscented', 'food-safe'],
        packing: { kind: 'volume-L', cases: [4, 6] },
        price: [220, 1850],
        tax: 'STANDARD',
      },
      {
        name: 'Janitorial tools',
        prefix: 'JAN',
        nouns: ['Wet mop', 'Mop bucket', 'Push broom', 'Squeegee', 'Microfiber cloth', 'Scrub pad'],
        variants: ['24 in', '35 qt', 'blue', 'yellow', 'heavy duty'],
        packing: { kind: 'each', cases: [6, 12, 48] },
        price: [90, 8900],
        tax: 'STANDARD',
      },
    ],
  },
  {
    name: 'Hazardous chemicals',
    children: [
      {
        name: 'Solvents',
        prefix: 'SOL',
        nouns: ['Acetone', 'Isopropyl alcohol', 'Mineral spirits', 'Toluene', 'Xylene', 'Methanol'],
        variants: ['technical grade', 'ACS grade', '99%', '70%', 'reagent grade'],
        packing: { kind: 'volume-gal', drum: true },
        price: [1150, 4800],
        tax: 'STANDARD',
        groupAll: 'industrial',
      },
      {
        name: 'Acids and bases',
        prefix: 'ACB',
        nouns: ['Sulfuric acid', 'Hydrochloric acid', 'Sodium hydroxide', 'Nitric acid', 'Phosphoric acid'],
        variants: ['10%', '37%', '50% solution', 'technical', 'pellets'],
        packing: { kind: 'volume-L', cases: [4] },
        price: [900, 6900],
        tax: 'STANDARD',
        groupAll: 'industrial',
      },
    ],
  },
  {
    name: 'Lab supplies',
    children: [
      {
        name: 'Glassware',
        prefix: 'GLS',
        nouns: [
          'Beaker',
          'Erlenmeyer flask',
          'Graduated cylinder',
          'Volumetric flask',
          'Test tube',
          'Petri dish',
        ],
        variants: ['50 mL', '250 mL', '1000 mL', 'borosilicate', 'with spout'],
        packing: { kind: 'each', cases: [12, 24, 48] },
        price: [95, 4200],
        tax: 'STANDARD',
        group: 'industrial',
      },
      {
        name: 'Consumables',
        prefix: 'LAB',
        nouns: ['Pipette tip', 'Nitrile glove', 'Weigh boat', 'Filter paper', 'Sample vial'],
        variants: ['10 uL', '200 uL', 'medium', 'large', '90 mm', '2 mL'],
        packing: { kind: 'each', cases: [100, 500, 1000] },
        price: [3, 95],
        tax: 'STANDARD',
      },
    ],
  },
  {
    name: 'Medical',
    children: [
      {
        name: 'PPE',
        prefix: 'PPE',
        nouns: [
          'Surgical mask',
          'N95 respirator',
          'Isolation gown',
          'Face shield',
          'Exam glove',
          'Shoe cover',
        ],
        variants: ['level 1', 'level 3', 'small', 'medium', 'large', 'latex-free'],
        packing: { kind: 'each', cases: [50, 100, 200], pallet: true },
        price: [8, 450],
        tax: 'MEDICAL',
        group: 'hospitals',
      },
      {
        name: 'Wound care',
        prefix: 'WND',
        nouns: [
          'Gauze sponge',
          'Adhesive bandage',
          'Transparent dressing',
          'Elastic bandage',
          'Medical tape',
        ],
        variants: ['2 x 2 in', '4 x 4 in', 'sterile', 'non-sterile', '1 in x 10 yd'],
        packing: { kind: 'each', cases: [50, 100, 200] },
        price: [6, 380],
        tax: 'MEDICAL',
        groupAll: 'hospitals',
      },
      {
        name: 'Diagnostics',
        prefix: 'DX',
        nouns: [
          'Digital thermometer',
          'Pulse oximeter',
          'Blood pressure cuff',
          'Glucose test strip',
          'Stethoscope',
        ],
        variants: ['adult', 'pediatric', 'disposable', 'reusable'],
        packing: { kind: 'each', cases: [10, 50] },
        price: [45, 12900],
        tax: 'MEDICAL',
        group: 'hospitals',
      },
    ],
  },
  {
    name: 'Packaging',
    children: [
      {
        name: 'Boxes',
        prefix: 'BOX',
        nouns: ['Corrugated box', 'Mailer box', 'Insulated shipper', 'Pizza box', 'Bakery box'],
        variants: ['12 x 12 x 12', '18 x 12 x 6', 'kraft', 'white', 'double wall'],
        packing: { kind: 'each', cases: [25, 50, 100], pallet: true },
        price: [35, 890],
        tax: 'STANDARD',
      },
      {
        name: 'Tape and film',
        prefix: 'TAP',
        nouns: ['Packing tape', 'Stretch film', 'Bubble wrap', 'Masking tape', 'Strapping'],
        variants: ['2 in', '18 in', 'clear', 'brown', 'heavy duty'],
        packing: { kind: 'length-m' },
        price: [3, 45],
        tax: 'STANDARD',
      },
    ],
  },
  {
    name: 'Safety',
    children: [
      {
        name: 'Eye and hand protection',
        prefix: 'SAF',
        nouns: [
          'Safety glasses',
          'Cut-resistant gloves',
          'Chemical splash goggles',
          'Welding gloves',
          'Ear plugs',
        ],
        variants: ['clear', 'tinted', 'ANSI A4', 'size 9', 'size 10'],
        packing: { kind: 'pair', cases: [12, 72] },
        price: [120, 2400],
        tax: 'STANDARD',
      },
      {
        name: 'Signage',
        prefix: 'SGN',
        nouns: ['Wet floor sign', 'Exit sign', 'Caution tape', 'First aid sign', 'Hazmat placard'],
        variants: ['bilingual', 'aluminium', 'vinyl', 'photoluminescent'],
        packing: { kind: 'each', cases: [6, 10] },
        price: [240, 6500],
        tax: 'STANDARD',
      },
    ],
  },
  {
    name: 'Paper goods',
    children: [
      {
        name: 'Napkins',
        prefix: 'NAP',
        nouns: ['Dinner napkin', 'Beverage napkin', 'Dispenser napkin', 'Linen-feel napkin'],
        variants: ['1-ply', '2-ply', 'white', 'kraft', 'black'],
        packing: { kind: 'each', cases: [500, 3000, 6000] },
        price: [1, 9],
        tax: 'STANDARD',
      },
      {
        name: 'Towels and tissue',
        prefix: 'TWL',
        nouns: ['Roll towel', 'Multifold towel', 'Toilet tissue', 'Facial tissue', 'Kitchen roll'],
        variants: ['800 ft', '2-ply', 'recycled', 'jumbo', 'premium'],
        packing: { kind: 'each', cases: [6, 12, 16, 96] },
        price: [85, 2900],
        tax: 'STANDARD',
      },
    ],
  },
  {
    name: 'Office',
    children: [
      {
        name: 'Writing',
        prefix: 'WRT',
        nouns: ['Ballpoint pen', 'Gel pen', 'Highlighter', 'Permanent marker', 'Pencil'],
        variants: ['black', 'blue', 'assorted', 'fine', 'medium'],
        packing: { kind: 'each', cases: [12, 144], dozen: true },
        price: [25, 320],
        tax: 'STANDARD',
      },
      {
        name: 'Services',
        prefix: 'SVC',
        nouns: [
          'Equipment installation',
          'Preventive maintenance',
          'On-site training',
          'Kitchen layout consultation',
        ],
        variants: ['standard', 'after hours', 'weekend'],
        packing: { kind: 'hour' },
        price: [8500, 19500],
        tax: 'SERVICE',
      },
    ],
  },
];

/** The domain's availability policies, by name (the world is plain data). */
export type AvailabilityPolicy = keyof typeof DomainAvailabilityPolicy;

export interface ProductUnitSpec {
  symbol: string;
  factor: string;
  isDefault: boolean;
}

export interface ProductSpec {
  sku: string;
  name: string;
  description: string;
  /** Name of the sub-category. */
  category: string;
  baseUnit: string;
  units: ProductUnitSpec[];
  listPrice: string;
  cost: string;
  minimumOrderQuantity: string | null;
  orderMultiple: string | null;
  published: boolean;
  stockOnHand: string;
  lowStockThreshold: string | null;
  availabilityPolicy: AvailabilityPolicy;
  /** Days after `now`, for backorders. */
  restockInDays: number | null;
  leadTimeDays: number | null;
  taxClass: string;
  accessGroups: AccessGroupCode[];
}

function centsToPrice(cents: number): Decimal {
  return dec(String(cents)).div(HUNDRED);
}

/** A whole number or a decimal as the catalog's columns hold it ("24.0000"). */
function fixed4(value: number | Decimal): string {
  return toDecimalString(typeof value === 'number' ? dec(String(value)) : value, 4);
}

function unitsOf(
  packing: Packing,
  rng: Prng,
): { baseUnit: string; units: ProductUnitSpec[]; caseSize: number | null } {
  switch (packing.kind) {
    case 'each':
    case 'pair': {
      const base = packing.kind === 'each' ? 'ea' : 'pr';
      const units: ProductUnitSpec[] = [{ symbol: base, factor: '1', isDefault: packing.cases.length === 0 }];
      if (packing.kind === 'each' && packing.dozen)
        units.push({ symbol: 'dz', factor: '12', isDefault: false });
      if (packing.cases.length === 0) return { baseUnit: base, units, caseSize: null };
      const caseSize = rng.pick(packing.cases);
      const big = caseSize >= 100;
      units.push({ symbol: big ? 'bx' : 'cs', factor: String(caseSize), isDefault: true });
      if (packing.kind === 'each' && packing.pallet)
        units.push({ symbol: 'plt', factor: String(caseSize * rng.pick([40, 48, 60])), isDefault: false });
      return { baseUnit: base, units, caseSize };
    }
    case 'volume-gal': {
      const units: ProductUnitSpec[] = [{ symbol: 'gal', factor: '1', isDefault: !packing.drum }];
      if (packing.drum) units.push({ symbol: 'dr', factor: '55', isDefault: true });
      return { baseUnit: 'gal', units, caseSize: packing.drum ? 55 : null };
    }
    case 'volume-L': {
      const caseSize = rng.pick(packing.cases);
      return {
        baseUnit: 'L',
        units: [
          { symbol: 'L', factor: '1', isDefault: false },
          { symbol: 'cs', factor: String(caseSize), isDefault: true },
        ],
        caseSize,
      };
    }
    case 'weight-kg': {
      const bag = rng.pick(packing.bags);
      return {
        baseUnit: 'kg',
        units: [
          { symbol: 'kg', factor: '1', isDefault: false },
          { symbol: 'g', factor: '0.001', isDefault: false },
          { symbol: 'bx', factor: String(bag), isDefault: true },
        ],
        caseSize: bag,
      };
    }
    case 'weight-lb': {
      const caseSize = rng.pick(packing.cases);
      return {
        baseUnit: 'lb',
        units: [
          { symbol: 'lb', factor: '1', isDefault: false },
          { symbol: 'cs', factor: String(caseSize), isDefault: true },
        ],
        caseSize,
      };
    }
    case 'length-m':
      return {
        baseUnit: 'm',
        units: [
          { symbol: 'm', factor: '1', isDefault: true },
          { symbol: 'ft', factor: '0.3048', isDefault: false },
        ],
        caseSize: null,
      };
    case 'length-ft':
      return { baseUnit: 'ft', units: [{ symbol: 'ft', factor: '1', isDefault: true }], caseSize: null };
    case 'hour':
      return { baseUnit: 'h', units: [{ symbol: 'h', factor: '1', isDefault: true }], caseSize: null };
  }
}

export interface SubCategoryRef {
  parent: string;
  spec: SubCategorySpec;
}

export const SUB_CATEGORIES: readonly SubCategoryRef[] = CATEGORIES.flatMap((c) =>
  c.children.map((spec) => ({ parent: c.name, spec })),
);

/** The fixed products the demo (and the docs) refer to by SKU, before the generated ones. */
function fixedProducts(): ProductSpec[] {
  return [
    {
      sku: 'SOLV-55',
      name: 'Industrial solvent blend, 55 gal drum',
      description:
        'Fast-evaporating cleaning solvent for parts washers. Sold by the gallon in full 55 gal drums only. Flammable liquid, UN1993.',
      category: 'Solvents',
      baseUnit: 'gal',
      units: [
        { symbol: 'gal', factor: '1', isDefault: false },
        { symbol: 'dr', factor: '55', isDefault: true },
      ],
      listPrice: '14.8000',
      cost: '9.1000',
      minimumOrderQuantity: '55.0000',
      orderMultiple: '55.0000',
      published: true,
      stockOnHand: '1650.0000',
      lowStockThreshold: '220.0000',
      availabilityPolicy: 'ALLOW_BACKORDER',
      restockInDays: 14,
      leadTimeDays: null,
      taxClass: 'STANDARD',
      accessGroups: ['industrial'],
    },
    {
      sku: 'NAP-DIN-WHT',
      name: 'Dinner napkin, 2-ply, white',
      description: 'Soft 2-ply dinner napkin, 15 x 17 in, 1/8 fold. 3,000 per case.',
      category: 'Napkins',
      baseUnit: 'ea',
      units: [
        { symbol: 'ea', factor: '1', isDefault: false },
        { symbol: 'cs', factor: '3000', isDefault: true },
        { symbol: 'plt', factor: '120000', isDefault: false },
      ],
      listPrice: '0.0125',
      cost: '0.0071',
      minimumOrderQuantity: '3000.0000',
      orderMultiple: '3000.0000',
      published: true,
      stockOnHand: '540000.0000',
      lowStockThreshold: '30000.0000',
      availabilityPolicy: 'SHOW_UNAVAILABLE',
      restockInDays: null,
      leadTimeDays: null,
      taxClass: 'STANDARD',
      accessGroups: [],
    },
    {
      sku: 'GLV-NIT-M',
      name: 'Nitrile exam glove, medium, powder-free',
      description: 'Blue nitrile exam gloves, 4 mil, textured fingertips. 100 per box, 10 boxes per case.',
      category: 'PPE',
      baseUnit: 'ea',
      units: [
        { symbol: 'ea', factor: '1', isDefault: false },
        { symbol: 'bx', factor: '100', isDefault: true },
        { symbol: 'cs', factor: '1000', isDefault: false },
      ],
      listPrice: '0.0900',
      cost: '0.0520',
      minimumOrderQuantity: '100.0000',
      orderMultiple: '100.0000',
      published: true,
      stockOnHand: '250000.0000',
      lowStockThreshold: '20000.0000',
      availabilityPolicy: 'SHOW_UNAVAILABLE',
      restockInDays: null,
      leadTimeDays: null,
      taxClass: 'MEDICAL',
      accessGroups: [],
    },
    {
      sku: 'OVEN-CMB-10',
      name: 'Combi oven, 10 pan, electric',
      description:
        'Programmable combi-steamer for 10 full-size pans; built to order with a two-year warranty.',
      category: 'Small appliances',
      baseUnit: 'ea',
      units: [{ symbol: 'ea', factor: '1', isDefault: true }],
      listPrice: '18950.0000',
      cost: '12400.0000',
      minimumOrderQuantity: null,
      orderMultiple: null,
      published: true,
      stockOnHand: '0.0000',
      lowStockThreshold: null,
      availabilityPolicy: 'MADE_TO_ORDER',
      restockInDays: null,
      leadTimeDays: 42,
      taxClass: 'STANDARD',
      accessGroups: ['restaurants'],
    },
  ];
}

/**
 * The catalog: a few fixed products, then generated ones up to `200 × scale` in total, spread
 * round-robin over the sub-categories. Deterministic: same scale, same products.
 */
export function generateProducts(scale: number): ProductSpec[] {
  const rng = Prng.fromString(`products:${scale}`);
  const products = fixedProducts();
  const target = 200 * scale + products.length;
  const perPrefix = new Map<string, number>();
  const policies: AvailabilityPolicy[] = [
    'SHOW_UNAVAILABLE',
    'SHOW_UNAVAILABLE',
    'SHOW_UNAVAILABLE',
    'SHOW_UNAVAILABLE',
    'SHOW_UNAVAILABLE',
    'HIDE_WHEN_OUT_OF_STOCK',
    'HIDE_WHEN_OUT_OF_STOCK',
    'ALLOW_BACKORDER',
    'ALLOW_BACKORDER',
    'MADE_TO_ORDER',
  ];
  for (let i = 0; products.length < target; i++) {
    const { spec } = cyclic(SUB_CATEGORIES, i);
    const n = (perPrefix.get(spec.prefix) ?? 0) + 1;
    perPrefix.set(spec.prefix, n);
    const noun = cyclic(spec.nouns, n - 1);
    const variant = cyclic(spec.variants, Math.floor((n - 1) / spec.nouns.length));
    const generation = Math.floor((n - 1) / (spec.nouns.length * spec.variants.length));
    const name = `${noun}, ${variant}${generation > 0 ? ` (series ${generation + 1})` : ''}`;
    const { baseUnit, units, caseSize } = unitsOf(spec.packing, rng);

    const listPrice = centsToPrice(rng.int(spec.price[0], spec.price[1]));
    const cost = roundToScale(listPrice.mul(rng.int(52, 74)).div(HUNDRED), 4);

    let minimumOrderQuantity: string | null = null;
    let orderMultiple: string | null = null;
    if (caseSize !== null && caseSize > 1 && i % 5 === 0) {
      // Sold in full cases only.
      minimumOrderQuantity = fixed4(caseSize);
      orderMultiple = fixed4(caseSize);
    } else if (i % 7 === 3) {
      minimumOrderQuantity = fixed4(rng.pick([2, 5, 10, 25]));
    }

    const policy = spec.packing.kind === 'hour' ? 'MADE_TO_ORDER' : cyclic(policies, i);
    const outOfStock =
      rng.chance(policy === 'SHOW_UNAVAILABLE' ? 8 : policy === 'HIDE_WHEN_OUT_OF_STOCK' ? 20 : 45) ||
      policy === 'MADE_TO_ORDER';
    const stockBase = caseSize ?? 10;
    const stock = outOfStock ? 0 : stockBase * rng.int(1, 120);
    const lowStock = caseSize !== null ? caseSize * 5 : 25;

    const accessGroups: AccessGroupCode[] = spec.groupAll
      ? [spec.groupAll]
      : spec.group && n % 3 === 0
        ? [spec.group]
        : [];
    products.push({
      sku: `${spec.prefix}-${String(n).padStart(4, '0')}`,
      name,
      description: `${name}. ${describe(spec, baseUnit, caseSize)}`,
      category: spec.name,
      baseUnit,
      units,
      listPrice: fixed4(listPrice),
      cost: fixed4(cost),
      minimumOrderQuantity,
      orderMultiple,
      published: i % 37 !== 36,
      stockOnHand: fixed4(stock),
      lowStockThreshold: fixed4(lowStock),
      availabilityPolicy: policy,
      restockInDays: policy === 'ALLOW_BACKORDER' ? rng.int(5, 45) : null,
      leadTimeDays: policy === 'MADE_TO_ORDER' ? rng.int(5, 60) : null,
      taxClass: spec.tax,
      accessGroups,
    });
  }
  return products;
}

function describe(spec: SubCategorySpec, baseUnit: string, caseSize: number | null): string {
  const packed =
    caseSize === null
      ? `Priced per ${baseUnit}.`
      : `Priced per ${baseUnit}; packed ${caseSize} ${baseUnit} per ${baseUnit === 'kg' ? 'bag' : 'case'}.`;
  return `${spec.name} for professional use. ${packed}`;
}
