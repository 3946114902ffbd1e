import { Invoice, InvoiceInstallment, InvoiceLine, Payment, PaymentAllocation } from '../gateway';
import type { SeedContext } from '../core/seed-context';
import { creditNote } from '../billing/credit-note';
import { issueInvoices } from '../billing/invoices';
import { recordPayments } from '../billing/payments';
import type { SeededCompany } from './companies.step';
import type { SeededOrder } from './orders.step';
import type { Staff } from './staff.step';

/** Invoices of the invoiced orders, their payments (settling them) and a credit note. */
export async function seedInvoicesAndPayments(
  ctx: SeedContext,
  world: { staff: Staff; companies: readonly SeededCompany[]; orders: readonly SeededOrder[] },
): Promise<void> {
  const issued = issueInvoices(ctx, world);
  const { payments, allocations } = recordPayments(ctx, { ...world, invoices: issued });
  const credit = creditNote(ctx, issued);
  const invoices = [...issued.map((x) => x.invoice), ...(credit ? [credit.invoice] : [])];
  await ctx.writer.insert(Invoice, invoices);
  await ctx.writer.insert(InvoiceLine, [...issued.flatMap((x) => x.lines), ...(credit?.lines ?? [])]);
  await ctx.writer.insert(
    InvoiceInstallment,
    issued.flatMap((x) => x.installments),
  );
  await ctx.writer.insert(Payment, payments);
  await ctx.writer.insert(PaymentAllocation, allocations);
}
