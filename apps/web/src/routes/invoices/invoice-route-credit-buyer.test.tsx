import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { InvoicePageDocument } from './invoice-route';
import { creditNote, layout } from './invoice-route.fixtures';

// A file of its own: one lazily loaded route tree per test file.
describe('credit note page', () => {
  it('a buyer (who reads but does not settle the company’s invoices) is not offered to apply credit', async () => {
    renderApp({
      at: `/invoices/${creditNote.id}`,
      mocks: [
        layout(['INVOICES_READ_OWN', 'INVOICES_PAY', 'PRICES_CONTRACT'], 'BUYER'),
        {
          request: { query: InvoicePageDocument, variables: { id: creditNote.id, details: true } },
          result: { data: { invoice: creditNote } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Credit note CN-000003' })).toBeTruthy();
    expect(screen.getByText('Credit left')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply credit of CN-000003' })).toBeNull();
  });
});
