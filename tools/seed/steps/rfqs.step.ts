import { Money, ONE, dec, unitPriceForFactor } from '@portal/domain';
import { Rfq, RfqLine, RfqMessage, type RfqStatus, type User } from '../gateway';
import { cyclic } from '../core/lists';
import { Prng } from '../core/prng';
import { CURRENCY, DAY, HOUR, daysAfter, isoDate, scale4, type SeedContext } from '../core/seed-context';
import { planLines, type LinePlan } from '../orders/line-plans';
import { unitId, type ReferenceData } from './reference-data.step';
import type { CompanyKey } from '../world/demo-world';
import type { Catalog } from './catalog.step';
import type { SeededCompany } from './companies.step';

/** A request for quotation, written with its lines and the buyer's first message. */
export interface SeededRfq {
  company: SeededCompany;
  status: RfqStatus;
  title: string;
  createdAt: Date;
  requester: User;
  lines: LinePlan[];
  row: Rfq;
}

/** Statuses of each company's RFQs (at scale 1; more scale adds answered ones). */
const LAYOUT: Record<CompanyKey, RfqStatus[]> = {
  acme: ['SUBMITTED', 'QUOTED', 'ACCEPTED', 'CHANGES_REQUESTED', 'CANCELLED'],
  globex: ['SUBMITTED', 'QUOTED', 'ACCEPTED', 'DECLINED', 'CHANGES_REQUESTED'],
  initech: ['SUBMITTED', 'QUOTED', 'ACCEPTED', 'EXPIRED'],
};

const TITLES: Record<CompanyKey, string[]> = {
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

type RfqPlan = Omit<SeededRfq, 'row'>;

/** Each company's RFQs in every status; every other one asks for a custom item too. */
function planRfqs(
  ctx: SeedContext,
  catalog: Catalog,
  reference: ReferenceData,
  companies: readonly SeededCompany[],
): RfqPlan[] {
  const plans: RfqPlan[] = [];
  for (const company of companies) {
    const key = company.spec.key;
    const rng = Prng.fromString(`rfq:${key}:${ctx.scale}`);
    const statuses = [...LAYOUT[key]];
    for (let extra = 1; extra < ctx.scale; extra++)
      statuses.push(rng.pick(['ACCEPTED', 'DECLINED', 'EXPIRED', 'QUOTED'] as RfqStatus[]));
    const titles = TITLES[key];
    statuses.forEach((status, i) => {
      const ageDays =
        status === 'SUBMITTED'
          ? 2
          : status === 'QUOTED' || status === 'CHANGES_REQUESTED'
            ? rng.int(5, 12)
            : rng.int(20, 150);
      const lines = planLines(catalog, company, rng, rng.int(2, 5), { big: true });
      const title = cyclic(titles, i);
      if (i % 2 === 1) {
        lines.push({
          product: null,
          sku: 'CUSTOM',
          description: `Custom item: ${title.toLowerCase()}, printed with our logo`,
          quantity: dec(rng.pick(['500', '1000', '2500'])),
          unitId: unitId(reference, 'ea'),
          factor: ONE,
        });
      }
      plans.push({
        company,
        status,
        title: title + (i >= titles.length ? ` (${i + 1})` : ''),
        createdAt: new Date(ctx.now.getTime() - ageDays * DAY - rng.int(1, 8) * HOUR),
        requester: rng.chance(70) ? company.users.BUYER : company.users.REQUISITIONER,
        lines,
      });
    });
  }
  return plans;
}

/**
 * RFQs with their lines and the buyer's opening message, numbered in the order they were made.
 * Their quotations, and the conversation after them, come with the orders (see quote-replies).
 */
export async function seedRfqs(
  ctx: SeedContext,
  world: { catalog: Catalog; reference: ReferenceData; companies: readonly SeededCompany[] },
): Promise<SeededRfq[]> {
  const { writer } = ctx;
  const plans = planRfqs(ctx, world.catalog, world.reference, world.companies);
  const rows = new Map<RfqPlan, Rfq>();
  const lines: RfqLine[] = [];
  const messages: RfqMessage[] = [];
  for (const plan of [...plans].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const row: Rfq = {
      id: writer.id(Rfq),
      number: ctx.numbers.take('rfq'),
      title: plan.title,
      status: plan.status,
      companyId: plan.company.row.id,
      requestedById: plan.requester.id,
      neededBy: isoDate(daysAfter(plan.createdAt, 30)),
      notes: 'Please quote delivered prices; partial deliveries are fine.',
      quotationOrderId: null,
      createdAt: plan.createdAt,
      updatedAt: plan.createdAt,
    };
    plan.lines.forEach((l, i) =>
      lines.push({
        id: writer.id(RfqLine),
        rfqId: row.id,
        position: i + 1,
        productId: l.product?.row.id ?? null,
        description: l.description,
        quantity: scale4(l.quantity),
        unitId: l.unitId,
        // The buyer hopes for 20 % off the list price on the first line, and names a price for custom items.
        targetUnitPrice:
          l.product === null
            ? '0.4500'
            : i === 0
              ? scale4(
                  Money.of(unitPriceForFactor(l.product.row.listPrice, l.factor), CURRENCY)
                    .multiply('0.8')
                    .round().amount,
                )
              : null,
      }),
    );
    messages.push({
      id: writer.id(RfqMessage),
      rfqId: row.id,
      at: plan.createdAt,
      authorId: plan.requester.id,
      body: `Hello, could you quote the attached lines for "${plan.title}"? We would need delivery within a month.`,
    });
    rows.set(plan, row);
  }
  await writer.insert(Rfq, [...rows.values()]);
  await writer.insert(RfqLine, lines);
  await writer.insert(RfqMessage, messages);
  // In the order they were planned: quotations are planned (and dated) in this order.
  return plans.map((plan) => ({ ...plan, row: rows.get(plan) as Rfq }));
}
