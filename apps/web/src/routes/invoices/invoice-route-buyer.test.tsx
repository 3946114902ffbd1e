import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { InvoicePageDocument } from './invoice-route';
import { layout, summary, usd } from './invoice-route.fixtures';

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
                refunds: [],
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
