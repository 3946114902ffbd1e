import type { PaymentTerm as DomainPaymentTerm } from '@portal/domain';
import { PaymentTerm, PaymentTermInstallment } from '../gateway';
import type { TermKey } from '../world/demo-world';
import { daysAfter, type SeedContext } from '../core/seed-context';

export interface SeededTerm {
  row: PaymentTerm;
  /** The term as the domain's invoiceTerms and earlyPaymentDiscountFor take it. */
  term: DomainPaymentTerm;
}

type TermSpec = Pick<
  PaymentTerm,
  'name' | 'netDays' | 'endOfMonth' | 'earlyPaymentDiscountPercent' | 'earlyPaymentDiscountDays'
>;

const NO_DISCOUNT = { earlyPaymentDiscountPercent: null, earlyPaymentDiscountDays: null };

const TERMS: readonly [TermKey, TermSpec, { percent: string; days: number }[]][] = [
  ['net30', { name: 'Net 30', netDays: 30, endOfMonth: false, ...NO_DISCOUNT }, []],
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
  ['eom30', { name: '30 days end of month', netDays: 30, endOfMonth: true, ...NO_DISCOUNT }, []],
  [
    'split3060',
    { name: '50% in 30 days, 50% in 60 days', netDays: 60, endOfMonth: false, ...NO_DISCOUNT },
    [
      { percent: '50.0000', days: 30 },
      { percent: '50.0000', days: 60 },
    ],
  ],
];

/** The seller's payment terms: Net 30, 2/10 Net 30, 30 days end of month and a split term. */
export async function seedPaymentTerms(ctx: SeedContext): Promise<ReadonlyMap<TermKey, SeededTerm>> {
  const createdAt = daysAfter(ctx.now, -400);
  const terms = new Map<TermKey, SeededTerm>();
  const rows: PaymentTerm[] = [];
  const installments: PaymentTermInstallment[] = [];
  for (const [key, spec, parts] of TERMS) {
    const row: PaymentTerm = { id: ctx.writer.id(PaymentTerm), createdAt, ...spec };
    rows.push(row);
    parts.forEach((p, i) =>
      installments.push({
        id: ctx.writer.id(PaymentTermInstallment),
        paymentTermId: row.id,
        position: i + 1,
        percent: p.percent,
        days: p.days,
      }),
    );
    // As the gateway's invoice service reads a term from its rows.
    terms.set(key, {
      row,
      term: {
        netDays: row.netDays,
        endOfMonth: row.endOfMonth,
        earlyPaymentDiscountPercent: row.earlyPaymentDiscountPercent,
        earlyPaymentDiscountDays: row.earlyPaymentDiscountDays,
        installments: parts,
      },
    });
  }
  await ctx.writer.insert(PaymentTerm, rows);
  await ctx.writer.insert(PaymentTermInstallment, installments);
  return terms;
}
