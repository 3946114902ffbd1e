import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppLayoutDocument } from '../app-layout';
import { adaLayoutViewer, renderApp } from '../../test/render-app';
import { InvoicePageDocument } from './invoice-route';

const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });

const summary = {
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
  installments: [],
  earlyPaymentDiscount: {
    __typename: 'EarlyPaymentDiscount' as const,
    percent: '2',
    deadline: '2026-11-30',
    amount: usd('2.17'),
    amountToPay: usd('106.08'),
  },
};

function layout(permissions: string[], role: string) {
  return {
    request: { query: AppLayoutDocument },
    result: {
      data: { viewer: { ...adaLayoutViewer, user: { ...adaLayoutViewer.user, role }, permissions } },
    },
  };
}

// A file of its own: one lazily loaded route tree per test file.
describe('invoice page', () => {
  it('a buyer sees the lines, payments, the PDF and the pay button', async () => {
    renderApp({
      at: '/invoices/SW52b2ljZTo3',
      mocks: [
        layout(['ORDERS_READ_OWN', 'INVOICES_READ_OWN', 'INVOICES_PAY'], 'BUYER'),
        {
          request: { query: InvoicePageDocument, variables: { id: 'SW52b2ljZTo3', details: true } },
          result: {
            data: {
              invoice: {
                ...summary,
                lines: [
                  {
                    __typename: 'InvoiceLine',
                    description: 'DRY-0006 Sea salt',
                    quantity: '2.5',
                    taxRate: '8.25',
                    unit: { __typename: 'UnitOfMeasure', id: 'VW5pdDox', symbol: 'kg' },
                    unitPrice: usd('40.00'),
                    taxAmount: usd('8.25'),
                    lineTotal: usd('100.00'),
                  },
                ],
                payments: [],
                document: { __typename: 'Document', id: 'RG9jOjE', title: 'Invoice INV-000007' },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('table', { name: 'Invoice lines' })).toBeTruthy();
    expect(screen.getByText('2.5 kg')).toBeTruthy();
    expect(screen.getByText('No payments yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      '/documents/RG9jOjE',
    );
    expect(screen.getByRole('button', { name: 'Pay invoice' })).toBeTruthy();
  });
});
