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

describe('invoice page', () => {
  it('an approver (summary only) gets totals and status, and no lines, payments, PDF or pay button are even asked for', async () => {
    renderApp({
      at: '/invoices/SW52b2ljZTo3',
      mocks: [
        layout(['ORDERS_APPROVE', 'INVOICES_SUMMARY', 'PRICES_CONTRACT'], 'APPROVER'),
        {
          // details: false, so the document leaves out lines/payments/document (@include).
          request: { query: InvoicePageDocument, variables: { id: 'SW52b2ljZTo3', details: false } },
          result: { data: { invoice: summary } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice INV-000007' })).toBeTruthy();
    expect(screen.getAllByText('$108.25').length).toBeGreaterThan(0);
    expect(screen.getByText(/you save/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Invoice lines' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Payments' })).toBeNull();
    expect(screen.queryByText('Download PDF')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pay invoice' })).toBeNull();
  });
});
