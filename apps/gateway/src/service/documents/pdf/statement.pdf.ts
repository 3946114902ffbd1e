import type { SellerDetails } from '../../../config';
import { amount, amountWithCurrency } from './format';
import { PdfLayout } from './layout';
import type { StatementModel } from './models';

const KIND_LABEL: Record<string, string> = {
  INVOICE: 'Invoice',
  CREDIT_NOTE: 'Credit note',
  PAYMENT: 'Payment',
  DISCOUNT: 'Discount',
  REFUND: 'Refund',
};

/** Statement of account: entries with a running balance, and the aging of what is open. */
export function renderStatement(model: StatementModel, seller: SellerDetails, date: Date): Promise<Buffer> {
  const c = model.currencyCode;
  const pdf = new PdfLayout({ title: `Statement ${model.from} to ${model.to}`, date, seller });
  pdf.header('Statement of account', [
    ['Period', `${model.from} to ${model.to}`],
    ['Date', model.asOf],
    ['Currency', c],
  ]);
  pdf.addresses([{ heading: 'Customer', lines: [model.buyer.name, ...model.buyer.lines] }]);
  pdf.table(
    [
      { header: 'Date', width: 14 },
      { header: 'Type', width: 12 },
      { header: 'Reference', width: 29 },
      { header: 'Debit', width: 15, align: 'right' },
      { header: 'Credit', width: 15, align: 'right' },
      { header: 'Balance', width: 15, align: 'right' },
    ],
    [
      [model.from, 'Opening balance', '', '', '', amount(model.openingBalance, c)],
      ...model.entries.map((e) => [
        e.date,
        KIND_LABEL[e.kind] ?? e.kind,
        e.kind === 'CREDIT_NOTE' && e.settles.length
          ? `${e.reference} (applied to ${e.settles.join(', ')})`
          : e.reference,
        e.debit ? amount(e.debit, c) : '',
        e.credit ? amount(e.credit, c) : '',
        amount(e.balance, c),
      ]),
    ],
  );
  pdf.totals([
    ['Opening balance', amount(model.openingBalance, c)],
    ['Closing balance', amountWithCurrency(model.closingBalance, c), { bold: true }],
  ]);
  pdf.heading(`Aging as of ${model.asOf}`);
  pdf.table(
    [
      { header: 'Days past due', width: 40 },
      { header: 'Items', width: 20, align: 'right' },
      { header: 'Amount', width: 40, align: 'right' },
    ],
    [
      ...model.aging.map((b) => [b.label, String(b.count), amount(b.amount, c)]),
      ['Total outstanding', '', amount(model.totalOutstanding, c)],
    ],
  );
  pdf.block('How to pay', seller.bankLines);
  return pdf.finish();
}
