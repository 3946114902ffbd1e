import {
  HUNDRED,
  Money,
  allocate,
  compareDates,
  dec,
  earlyPaymentDiscountFor,
  sumMoney,
} from '@portal/domain';
import { Payment, PaymentAllocation, type Invoice } from '../gateway';
import { Prng } from '../core/prng';
import { CURRENCY, DAY, HOUR, isoDate, scale4, type SeedContext } from '../core/seed-context';
import type { SeededCompany } from '../steps/companies.step';
import type { Staff } from '../steps/staff.step';
import { settle, type IssuedInvoice } from './invoices';

type Mode = 'none' | 'full' | 'partial' | 'early';

/** What one invoice gets of a payment: money and the early-payment discount taken. */
interface Part {
  invoice: Invoice;
  amount: Money;
  discount: Money;
}

const METHODS = ['ACH', 'WIRE', 'CHECK', 'CARD'] as const;

/**
 * Payments of the issued invoices: most past-due invoices paid, some partly, some left overdue;
 * early payers take the discount the domain's earlyPaymentDiscountFor offers on the day they pay.
 * Per company, the most recent past-due invoice stays overdue and the one before it is partly
 * paid, so every demo account shows both; Globex now and then pays two invoices with one wire.
 * Settles the invoices (amountPaid, status) as it goes.
 */
export function recordPayments(
  ctx: SeedContext,
  world: { staff: Staff; companies: readonly SeededCompany[]; invoices: readonly IssuedInvoice[] },
): { payments: Payment[]; allocations: PaymentAllocation[] } {
  const { writer, now, today } = ctx;
  const payments: Payment[] = [];
  const allocations: PaymentAllocation[] = [];
  for (const company of world.companies) {
    const rng = Prng.fromString(`payments:${company.spec.key}:${ctx.scale}`);
    const mine = world.invoices.filter((x) => x.company === company);
    const pastDue = mine.filter((x) => compareDates(x.invoice.dueOn as string, today) < 0);
    const overdue = new Set(pastDue.slice(-1).map((x) => x.invoice));
    const partial = new Set(pastDue.slice(-2, -1).map((x) => x.invoice));
    let pendingWire: Part | null = null;
    for (const { invoice } of mine) {
      const total = Money.of(invoice.total, CURRENCY);
      const due = invoice.dueOn as string;
      const deadline = invoice.earlyPaymentDiscountDeadline;
      let mode: Mode;
      if (overdue.has(invoice)) mode = 'none';
      else if (partial.has(invoice)) mode = 'partial';
      else if (deadline && rng.chance(50) && compareDates(deadline, today) < 0) mode = 'early';
      else if (compareDates(due, today) >= 0) mode = rng.chance(25) ? 'full' : 'none';
      else mode = rng.chance(88) ? 'full' : 'none';
      if (mode === 'none') continue;

      const issuedAt = Date.parse(`${invoice.issuedOn}T15:00:00Z`);
      let paidAt: Date;
      let share: Money | null = null;
      if (mode === 'early') {
        paidAt = new Date(issuedAt + rng.int(3, 9) * DAY);
      } else if (mode === 'partial') {
        paidAt = new Date(issuedAt + rng.int(20, 30) * DAY);
        // Part of the total now, the rest left open: the domain's allocate splits it to the cent.
        const percent = dec(String(rng.pick([40, 50, 60])));
        const [paidNow] = allocate(total, [percent, HUNDRED.minus(percent)]);
        if (!paidNow) throw new Error(`allocate gave no share of invoice ${invoice.number}`);
        share = paidNow;
      } else {
        const latest = Math.min(now.getTime() - DAY, Date.parse(`${due}T12:00:00Z`) + 5 * DAY);
        paidAt = new Date(Math.max(issuedAt + DAY, latest - rng.int(0, 25) * DAY));
      }
      if (paidAt.getTime() > now.getTime() - HOUR) paidAt = new Date(now.getTime() - HOUR);
      const part = share
        ? { invoice, amount: share, discount: Money.zero(CURRENCY) }
        : payInFull(invoice, company, isoDate(paidAt), mode === 'early');

      // Globex pays two invoices with one wire now and then.
      const globex = company.spec.key === 'globex';
      if (globex && mode === 'full' && pendingWire === null && rng.chance(50)) {
        pendingWire = part;
        continue;
      }
      const together = globex && mode === 'full' ? pendingWire : null;
      const method = together ? 'WIRE' : mode === 'early' ? 'ACH' : rng.pick(METHODS);
      const paymentId = writer.id(Payment);
      const parts = together ? [together, part] : [part];
      const discount = sumMoney(
        parts.map((p) => p.discount),
        CURRENCY,
      );
      const online = method === 'CARD' || method === 'ACH';
      payments.push({
        id: paymentId,
        companyId: company.row.id,
        amount: scale4(
          sumMoney(
            parts.map((p) => p.amount),
            CURRENCY,
          ).amount,
        ),
        currencyCode: CURRENCY,
        method,
        status: 'SUCCEEDED',
        reference:
          method === 'CHECK'
            ? `Check ${rng.int(10000, 99999)}`
            : method === 'WIRE'
              ? `WIRE-${company.spec.poPrefix}-${rng.int(100000, 999999)}`
              : parts.map((p) => p.invoice.number).join(', '),
        provider: online ? 'fake' : null,
        providerReference: online ? `fake_${paymentId}_${rng.int(100000, 999999)}` : null,
        idempotencyKey: null,
        paidAt,
        discountTaken: discount.isZero() ? null : scale4(discount.amount),
        remittanceInstructions: null,
        createdById: online ? company.users.BUYER.id : world.staff.ACCOUNTING.id,
        createdAt: paidAt,
      });
      for (const p of parts) {
        allocations.push({
          id: writer.id(PaymentAllocation),
          paymentId,
          invoiceId: p.invoice.id,
          amount: scale4(p.amount.amount),
          discountTaken: scale4(p.discount.amount),
        });
        settle(p.invoice, p.amount.add(p.discount), paidAt);
      }
      if (together) pendingWire = null;
    }
  }
  return { payments, allocations };
}

/**
 * Everything due on the invoice; paid early, less the discount the domain offers on that day
 * under the company's payment term (as the gateway's payment service takes it).
 */
function payInFull(invoice: Invoice, company: SeededCompany, paidOn: string, early: boolean): Part {
  const total = Money.of(invoice.total, CURRENCY);
  const amountPaid = Money.of(invoice.amountPaid, CURRENCY);
  const offer = early
    ? earlyPaymentDiscountFor(
        { issuedOn: invoice.issuedOn as string, total, term: company.term.term, amountPaid },
        paidOn,
      )
    : null;
  const due = total.subtract(amountPaid);
  if (!offer) return { invoice, amount: due, discount: Money.zero(CURRENCY) };
  return { invoice, amount: offer.amountToPay, discount: due.subtract(offer.amountToPay) };
}
