import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { layout, usd } from './invoice-route.fixtures';
import { AccountStatementDocument } from './statement-route';

const viewer = {
  __typename: 'Viewer' as const,
  company: {
    __typename: 'Company' as const,
    id: 'Q29tcGFueTox',
    name: 'Acme Restaurant Group',
    subsidiaries: [{ __typename: 'Company' as const, id: 'Q29tcGFueToy', name: 'Globex Chemicals' }],
  },
};
const entry = (reference: string, amount: string, companyName: string | null) => ({
  __typename: 'StatementEntry' as const,
  date: '2026-11-20',
  kind: 'INVOICE' as const,
  reference,
  companyName,
  debit: usd(amount),
  credit: null,
  balance: usd(amount),
});
const statement = (consolidated: boolean, entries: ReturnType<typeof entry>[], closing: string) => ({
  data: {
    viewer,
    accountStatement: {
      __typename: 'AccountStatement' as const,
      from: '2026-11-01',
      to: '2026-11-27',
      consolidated,
      company: { __typename: 'Company' as const, id: 'Q29tcGFueTox', name: 'Acme Restaurant Group' },
      openingBalance: usd('0.00'),
      closingBalance: usd(closing),
      entries,
      document: { __typename: 'Document' as const, id: 'RG9jOjk', title: 'Statement' },
    },
  },
});

// A file of its own: one lazily loaded route tree per test file.
describe('account statement', () => {
  it("a parent company's admin picks a subsidiary or all of them; the consolidated one names each entry's company", async () => {
    renderApp({
      at: '/account/statement',
      mocks: [
        layout(['STATEMENT_READ', 'INVOICES_READ_COMPANY'], 'PORTAL_ADMIN'),
        {
          request: { query: AccountStatementDocument, variables: {} },
          result: statement(false, [entry('INV-000001', '120.00', null)], '120.00'),
        },
        {
          request: { query: AccountStatementDocument, variables: { consolidated: true } },
          result: statement(
            true,
            [
              entry('INV-000001', '120.00', 'Acme Restaurant Group'),
              entry('INV-000002', '75.00', 'Globex Chemicals'),
            ],
            '195.00',
          ),
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Statement entries' });
    expect(within(table).queryByRole('columnheader', { name: 'Company' })).toBeNull();

    fireEvent.click(screen.getByRole('combobox', { name: 'Account' }));
    expect(await screen.findByRole('option', { name: 'Globex Chemicals', hidden: true })).toBeTruthy();
    fireEvent.click(
      screen.getByRole('option', { name: 'All: Acme Restaurant Group and subsidiaries', hidden: true }),
    );

    expect(await screen.findByText('INV-000002')).toBeTruthy();
    const consolidated = screen.getByRole('table', { name: 'Statement entries' });
    expect(within(consolidated).getByRole('columnheader', { name: 'Company' })).toBeTruthy();
    const row = within(consolidated).getByText('INV-000002').closest('tr')!;
    expect(within(row as HTMLElement).getByText('Globex Chemicals')).toBeTruthy();
    expect(screen.getByText(/Acme Restaurant Group and its subsidiaries/)).toBeTruthy();
  });
});
