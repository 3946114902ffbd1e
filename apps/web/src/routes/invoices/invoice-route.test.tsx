import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { InvoicePageDocument } from './invoice-route';
import { layout, summary } from './invoice-route.fixtures';

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
