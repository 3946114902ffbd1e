import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { ApplyCreditDocument, ApplyCreditInvoicesDocument } from './apply-credit-dialog';
import { InvoicePageDocument } from './invoice-route';
import { creditNote, layout, usd } from './invoice-route.fixtures';

// A file of its own: one lazily loaded route tree per test file.
describe('credit note page', () => {
  it('the portal admin applies the open credit to an open invoice; allocations and refunds are listed', async () => {
    const page = {
      request: { query: InvoicePageDocument, variables: { id: creditNote.id, details: true } },
      result: { data: { invoice: creditNote } },
    };
    renderApp({
      at: `/invoices/${creditNote.id}`,
      mocks: [
        layout(['INVOICES_READ_COMPANY', 'INVOICES_PAY', 'PRICES_CONTRACT'], 'PORTAL_ADMIN'),
        page,
        {
          request: { query: ApplyCreditInvoicesDocument, variables: { companyId: null } },
          result: {
            data: {
              invoices: {
                __typename: 'InvoiceConnection' as const,
                edges: [
                  {
                    __typename: 'InvoiceEdge' as const,
                    node: {
                      __typename: 'Invoice' as const,
                      id: 'SW52b2ljZToxMQ==',
                      number: 'INV-000011',
                      dueOn: '2026-12-28',
                      amountDue: usd('250.00'),
                    },
                  },
                ],
              },
            },
          },
        },
        {
          request: {
            query: ApplyCreditDocument,
            variables: {
              input: { creditNoteId: creditNote.id, invoiceId: 'SW52b2ljZToxMQ==', amount: '4.13' },
            },
          },
          result: {
            data: {
              applyCredit: {
                __typename: 'InvoicePayload' as const,
                invoice: {
                  __typename: 'Invoice' as const,
                  id: 'SW52b2ljZToxMQ==',
                  number: 'INV-000011',
                  amountDue: usd('245.87'),
                },
                userErrors: [],
              },
            },
          },
        },
        page,
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Credit note CN-000003' })).toBeTruthy();
    const applied = screen.getByRole('table', { name: 'Credit applied' });
    expect(within(applied).getByText('INV-000008')).toBeTruthy();
    const refunded = screen.getByRole('table', { name: 'Credit refunded' });
    expect(within(refunded).getByText('$10.00')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pay invoice' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Apply credit of CN-000003' }));
    expect(await screen.findByRole('option', { name: 'INV-000011: $250.00 due on 2026-12-28' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Amount (USD)'), { target: { value: '4.13' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply credit' }));
    expect(await screen.findByText('Credit applied to INV-000011.')).toBeTruthy();
  });
});
