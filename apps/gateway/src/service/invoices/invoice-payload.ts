import { isCalendarDate } from '@portal/domain';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Invoice } from '../../entity';
import { payload, type Payload } from '../support/mutation';

/** The payload of a mutation on one invoice or credit note. */
export type InvoiceResult = Payload<{ invoice: Invoice | null }>;

/** payload('invoice', work), answering the invoice as it is after the commit. */
export function invoicePayload(ctx: RequestContext, work: () => Promise<Invoice>): Promise<InvoiceResult> {
  return payload('invoice', async () => {
    const invoice = await work();
    return (await ctx.loaders.load(Invoice, invoice.id)) ?? invoice;
  });
}

/** The date to issue a document on: today by default; a real date, not in the future. */
export function issueDate(ctx: RequestContext, value: string | null | undefined, field: string[]): string {
  const date = value ?? ctx.clock.today();
  if (!isCalendarDate(date)) failWith(UserErrorCode.INVALID, 'Not a calendar date.', field);
  if (date > ctx.clock.today())
    failWith(UserErrorCode.INVALID, 'An invoice or credit note cannot be dated in the future.', field);
  return date;
}
