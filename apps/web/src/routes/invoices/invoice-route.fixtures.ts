import { adaLayoutViewer, appLayoutMock } from '../../test/render-app';
import type { Permission, Role } from '../../gql/graphql';

/** Shared data of the invoice page's tests (one test file per role: one lazy route tree per file). */
export const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });

export const summary = {
  __typename: 'Invoice' as const,
  id: 'SW52b2ljZTo3',
  number: 'INV-000007',
  kind: 'INVOICE' as const,
  status: 'OPEN' as const,
  issuedOn: '2026-11-20',
  dueOn: '2026-12-20',
  reason: null,
  taxExemptionText: null,
  company: { __typename: 'Company' as const, id: 'Q29tcGFueTox', name: 'Acme Foods' },
  order: null,
  creditedInvoice: null,
  subtotal: usd('100.00'),
  taxTotal: usd('8.25'),
  total: usd('108.25'),
  amountPaid: usd('0.00'),
  amountDue: usd('108.25'),
  payable: true,
  pendingPayment: false,
  creditApplications: [],
  installments: [],
  earlyPaymentDiscount: {
    __typename: 'EarlyPaymentDiscount' as const,
    percent: '2',
    deadline: '2026-11-30',
    amount: usd('2.17'),
    amountToPay: usd('106.08'),
  },
};

export function layout(permissions: Permission[], role: Role) {
  return appLayoutMock({ ...adaLayoutViewer, user: { ...adaLayoutViewer.user, role }, permissions });
}

/** A credit note with open credit, part applied to an invoice and part refunded to the card. */
export const creditNote = {
  ...summary,
  id: 'SW52b2ljZTo5',
  number: 'CN-000003',
  kind: 'CREDIT_NOTE' as const,
  dueOn: null,
  reason: 'Two cases crushed',
  creditedInvoice: { __typename: 'Invoice' as const, id: 'SW52b2ljZTo3', number: 'INV-000007' },
  total: usd('54.13'),
  amountPaid: usd('20.00'),
  amountDue: usd('34.13'),
  payable: false,
  earlyPaymentDiscount: null,
  creditApplications: [
    {
      __typename: 'CreditApplication' as const,
      creditNoteNumber: 'CN-000003',
      invoiceNumber: 'INV-000008',
      appliedOn: '2026-11-21',
      amount: usd('10.00'),
    },
  ],
  lines: [],
  payments: [],
  refunds: [
    { __typename: 'Refund' as const, id: 'UmVmdW5kOjE=', refundedOn: '2026-11-22', amount: usd('10.00') },
  ],
  document: null,
};
