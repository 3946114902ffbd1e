import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InvoicingInvoiceRow_InvoiceFragment } from '../../gql/graphql';
import { renderWithProviders, type LayoutViewer } from '../../test/render-app';
import { ApplyCreditDocument, ApplyCreditInvoicesDocument } from '../invoices/apply-credit-dialog';
import { CreditNoteDialog, CreditNoteLinesDocument, IssueCreditNoteDocument } from './credit-note-dialog';
import { InvoiceActions } from './invoice-actions';
import { RefundDialog, RefundPaymentDocument, RefundPaymentsDocument } from './refund-dialog';

const accounting: LayoutViewer = {
  __typename: 'Viewer',
  user: {
    __typename: 'User',
    id: 's3',
    name: 'Alex Books',
    email: 'accounting@seller.example',
    role: 'ACCOUNTING',
  },
  company: null,
  permissions: ['INVOICING_MANAGE', 'INVOICES_READ_COMPANY'],
};

const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });

const invoice: InvoicingInvoiceRow_InvoiceFragment = {
  __typename: 'Invoice',
  id: 'SW52b2ljZTo1Nw==',
  number: 'INV-000057',
  kind: 'INVOICE',
  status: 'PAID',
  issuedOn: '2026-11-27',
  dueOn: '2026-12-30',
  company: { __typename: 'Company', id: 'Q29tcGFueToz', name: 'Initech Holdings' },
  order: { __typename: 'Order', id: 'o1', number: 'SO-000107' },
  total: usd('220.62'),
  amountDue: usd('0.00'),
  document: null,
};

const creditNote: InvoicingInvoiceRow_InvoiceFragment = {
  ...invoice,
  id: 'SW52b2ljZTo2MA==',
  number: 'CN-000004',
  kind: 'CREDIT_NOTE',
  status: 'OPEN',
  dueOn: null,
  total: usd('54.13'),
  amountDue: usd('54.13'),
};

const linesMock = {
  request: { query: CreditNoteLinesDocument, variables: { id: invoice.id } },
  result: {
    data: {
      invoice: {
        __typename: 'Invoice' as const,
        id: invoice.id,
        lines: [
          {
            __typename: 'InvoiceLine' as const,
            id: 'SW52b2ljZUxpbmU6MQ==',
            description: 'Degreaser, 1 gal',
            quantity: '10',
            unit: { __typename: 'UnitOfMeasure' as const, id: 'u1', symbol: 'ea' },
            unitPrice: usd('10.00'),
            taxRate: '8.25',
          },
          {
            __typename: 'InvoiceLine' as const,
            id: 'SW52b2ljZUxpbmU6Mg==',
            description: 'Solvent, 55 gal drum',
            quantity: '2',
            unit: { __typename: 'UnitOfMeasure' as const, id: 'u2', symbol: 'dr' },
            unitPrice: usd('55.31'),
            taxRate: '8.25',
          },
        ],
      },
      taxClasses: [
        { __typename: 'TaxClass' as const, code: 'STANDARD', name: 'Standard' },
        { __typename: 'TaxClass' as const, code: 'FOOD', name: 'Food' },
      ],
    },
  },
};

const issued = (number: string) => ({
  data: {
    issueCreditNote: {
      __typename: 'InvoicePayload' as const,
      invoice: { ...creditNote, number },
      userErrors: [],
    },
  },
});

describe('credit note dialog', () => {
  it('credits quantities of chosen lines (each with its own tax), sending only the lines credited', async () => {
    renderWithProviders(<CreditNoteDialog invoice={invoice} onDone={() => {}} />, {
      viewer: accounting,
      mocks: [
        linesMock,
        {
          request: {
            query: IssueCreditNoteDocument,
            variables: {
              input: {
                invoiceId: invoice.id,
                reason: 'Two drums leaked',
                lines: [{ invoiceLineId: 'SW52b2ljZUxpbmU6Mg==', quantity: '1.5' }],
              },
            },
          },
          result: issued('CN-000005'),
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Credit note on INV-000057' }));
    const table = await screen.findByRole('table', { name: 'Lines to credit' });
    expect(within(table).getByText('$55.31')).toBeTruthy();
    expect(within(table).getAllByText('8.25 %')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Issue credit note' }));
    expect(await screen.findByText('Credit at least one line: give it a quantity above 0.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Credit quantity of Solvent, 55 gal drum'), {
      target: { value: '1.5' },
    });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Two drums leaked' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue credit note' }));
    expect(await screen.findByText('Credit note CN-000005 issued.')).toBeTruthy();
  });

  it('credits an amount at a tax class’s rate, asking for the class and a currency amount first', async () => {
    renderWithProviders(<CreditNoteDialog invoice={invoice} onDone={() => {}} />, {
      viewer: accounting,
      mocks: [
        linesMock,
        {
          request: {
            query: IssueCreditNoteDocument,
            variables: {
              input: {
                invoiceId: invoice.id,
                reason: 'Goodwill',
                amount: '40.00',
                taxTreatment: 'TAX_CLASS',
                taxClass: 'FOOD',
              },
            },
          },
          result: issued('CN-000006'),
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Credit note on INV-000057' }));
    fireEvent.click(await screen.findByText('An amount'));
    fireEvent.change(await screen.findByLabelText('Amount (USD)'), { target: { value: '40.001' } });
    fireEvent.change(screen.getByLabelText('Tax'), { target: { value: 'TAX_CLASS' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Goodwill' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue credit note' }));
    expect(await screen.findByText('Choose the tax class whose rate applies.')).toBeTruthy();
    expect(screen.getByLabelText('Amount (USD)').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByLabelText('Amount (USD)'), { target: { value: '40.00' } });
    fireEvent.change(screen.getByLabelText('Tax class'), { target: { value: 'FOOD' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue credit note' }));
    expect(await screen.findByText('Credit note CN-000006 issued.')).toBeTruthy();
  });

  it('puts the server’s message about a line next to that line', async () => {
    renderWithProviders(<CreditNoteDialog invoice={invoice} onDone={() => {}} />, {
      viewer: accounting,
      mocks: [
        linesMock,
        {
          request: {
            query: IssueCreditNoteDocument,
            variables: {
              input: {
                invoiceId: invoice.id,
                reason: 'Leak',
                lines: [{ invoiceLineId: 'SW52b2ljZUxpbmU6Mg==', quantity: '3' }],
              },
            },
          },
          result: {
            data: {
              issueCreditNote: {
                __typename: 'InvoicePayload' as const,
                invoice: null,
                userErrors: [
                  {
                    __typename: 'UserError' as const,
                    code: 'INVALID' as const,
                    field: ['input', 'lines', '0', 'quantity'],
                    message: 'At most 2 of this line is left to credit.',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Credit note on INV-000057' }));
    const quantity = await screen.findByLabelText('Credit quantity of Solvent, 55 gal drum');
    fireEvent.change(quantity, { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Leak' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue credit note' }));
    expect(await screen.findByText('At most 2 of this line is left to credit.')).toBeTruthy();
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('open credit in staff invoicing', () => {
  it('offers apply and refund on a credit note with open credit only', async () => {
    const { unmount } = renderWithProviders(<InvoiceActions invoice={creditNote} onDone={() => {}} />, {
      viewer: accounting,
    });
    expect(await screen.findByRole('button', { name: 'Apply credit of CN-000004' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Refund credit of CN-000004' })).toBeTruthy();
    unmount();
    renderWithProviders(
      <InvoiceActions
        invoice={{ ...creditNote, status: 'PAID', amountDue: usd('0.00') }}
        onDone={() => {}}
      />,
      { viewer: accounting },
    );
    expect(screen.queryByRole('button', { name: 'Apply credit of CN-000004' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refund credit of CN-000004' })).toBeNull();
  });

  it('applies the credit to an open invoice of the company, as much as both allow', async () => {
    let done = 0;
    renderWithProviders(<InvoiceActions invoice={creditNote} onDone={() => (done += 1)} />, {
      viewer: accounting,
      mocks: [
        {
          request: { query: ApplyCreditInvoicesDocument, variables: { companyId: creditNote.company.id } },
          result: {
            data: {
              invoices: {
                __typename: 'InvoiceConnection' as const,
                edges: [
                  {
                    __typename: 'InvoiceEdge' as const,
                    node: {
                      __typename: 'Invoice' as const,
                      id: 'SW52b2ljZTo2MQ==',
                      number: 'INV-000061',
                      dueOn: '2026-12-31',
                      amountDue: usd('1060.85'),
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
            variables: { input: { creditNoteId: creditNote.id, invoiceId: 'SW52b2ljZTo2MQ==' } },
          },
          result: {
            data: {
              applyCredit: {
                __typename: 'InvoicePayload' as const,
                invoice: {
                  __typename: 'Invoice' as const,
                  id: 'SW52b2ljZTo2MQ==',
                  number: 'INV-000061',
                  amountDue: usd('1006.72'),
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Apply credit of CN-000004' }));
    const select = (await screen.findByLabelText('Invoice')) as HTMLSelectElement;
    expect(
      within(select).getByRole('option', { name: 'INV-000061: $1,060.85 due on 2026-12-31' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply credit' }));
    expect(await screen.findByText('Credit applied to INV-000061.')).toBeTruthy();
    expect(done).toBe(1);
  });
});

describe('refund dialog', () => {
  const paymentsMock = (refundable: string) => ({
    request: { query: RefundPaymentsDocument, variables: { id: creditNote.id } },
    result: {
      data: {
        invoice: {
          __typename: 'Invoice' as const,
          id: creditNote.id,
          creditedInvoice: {
            __typename: 'Invoice' as const,
            id: invoice.id,
            number: invoice.number,
            payments: [
              {
                __typename: 'Payment' as const,
                id: 'UGF5bWVudDo3',
                method: 'CARD' as const,
                status: 'SUCCEEDED' as const,
                paidAt: '2026-11-28T10:00:00.000Z',
                amount: usd('220.62'),
                refundable: usd(refundable),
              },
              {
                __typename: 'Payment' as const,
                id: 'UGF5bWVudDo4',
                method: 'CHECK' as const,
                status: 'SUCCEEDED' as const,
                paidAt: '2026-11-29T10:00:00.000Z',
                amount: usd('10.00'),
                refundable: usd('0.00'),
              },
            ],
          },
        },
      },
    },
  });

  it('refunds part of the open credit to the card payment, with one idempotency key per opening', async () => {
    const keys: string[] = [];
    renderWithProviders(
      <RefundDialog creditNote={creditNote} openCredit={creditNote.amountDue} onDone={() => {}} />,
      {
        viewer: accounting,
        mocks: [
          paymentsMock('220.62'),
          {
            request: {
              query: RefundPaymentDocument,
              variables: (v: Record<string, any>) => {
                const { idempotencyKey, ...rest } = v.input;
                keys.push(idempotencyKey);
                return (
                  JSON.stringify(rest) ===
                  JSON.stringify({
                    paymentId: 'UGF5bWVudDo3',
                    creditNoteId: creditNote.id,
                    reason: 'Customer asked',
                    amount: '20.05',
                  })
                );
              },
            },
            result: {
              data: {
                refundPayment: {
                  __typename: 'RefundPaymentPayload' as const,
                  refund: { __typename: 'Refund' as const, id: 'UmVmdW5kOjE=', amount: usd('20.05') },
                  creditNote: { ...creditNote, amountDue: usd('34.08') },
                  userErrors: [],
                },
              },
            },
          },
        ],
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Refund credit of CN-000004' }));
    const select = (await screen.findByLabelText('Card payment')) as HTMLSelectElement;
    // Only card payments with something left to refund are offered.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Card, $220.62 on 2026-11-28: $220.62 refundable']);
    fireEvent.change(screen.getByLabelText('Amount (USD)'), { target: { value: '20.05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Refund to card' }));
    expect(await screen.findByText('Say why the money goes back.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Customer asked' } });
    fireEvent.click(screen.getByRole('button', { name: 'Refund to card' }));
    expect(await screen.findByText('$20.05 refunded to the card.')).toBeTruthy();
    expect(keys.at(-1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
  });

  it('says when no card payment is left to refund', async () => {
    renderWithProviders(
      <RefundDialog creditNote={creditNote} openCredit={creditNote.amountDue} onDone={() => {}} />,
      {
        viewer: accounting,
        mocks: [paymentsMock('0.00')],
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Refund credit of CN-000004' }));
    expect(
      await screen.findByText(
        'No card payment of INV-000057 is left to refund; pay the credit back by bank transfer or apply it to an invoice.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Refund to card' }));
    expect(await screen.findByText('Choose the card payment to refund.')).toBeTruthy();
  });
});
