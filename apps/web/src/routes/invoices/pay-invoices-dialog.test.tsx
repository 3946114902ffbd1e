import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PayInvoicesDialog_InvoiceFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-app';
import { PayInvoicesDialog, PayInvoicesDocument } from './pay-invoices-dialog';
import { payTotals } from './pay-totals';

const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });

const discounted: PayInvoicesDialog_InvoiceFragment = {
  __typename: 'Invoice',
  id: 'SW52b2ljZTox',
  number: 'INV-000101',
  status: 'OPEN',
  payable: true,
  pendingPayment: false,
  amountDue: usd('1082.50'),
  earlyPaymentDiscount: {
    __typename: 'EarlyPaymentDiscount',
    percent: '2',
    deadline: '2026-12-07',
    amount: usd('21.65'),
    amountToPay: usd('1060.85'),
  },
};
const plain: PayInvoicesDialog_InvoiceFragment = {
  __typename: 'Invoice',
  id: 'SW52b2ljZToy',
  number: 'INV-000102',
  status: 'OVERDUE',
  payable: true,
  pendingPayment: false,
  amountDue: usd('0.10'),
  earlyPaymentDiscount: null,
};

describe('payTotals', () => {
  it('adds exact decimals and takes the discount only when asked', () => {
    const plainMoney = ({ amount, currencyCode }: { amount: string; currencyCode: string }) => ({
      amount,
      currencyCode,
    });
    expect(payTotals([discounted, plain], true)).toMatchObject({
      totalDue: plainMoney(usd('1082.60')),
      discount: plainMoney(usd('21.65')),
      discountDeduction: plainMoney(usd('-21.65')),
      toPay: plainMoney(usd('1060.95')),
      deadline: '2026-12-07',
      hasDiscount: true,
    });
    expect(payTotals([discounted, plain], false).toPay).toEqual(plainMoney(usd('1082.60')));
    expect(payTotals([plain], true)).toMatchObject({
      hasDiscount: false,
      toPay: plainMoney(usd('0.10')),
      deadline: null,
    });
  });
});

function fillCard(number: string) {
  fireEvent.change(screen.getByLabelText('Card number'), { target: { value: number } });
  fireEvent.change(screen.getByLabelText('Expiry (MM/YY)'), { target: { value: '12/40' } });
  fireEvent.change(screen.getByLabelText('Security code (CVC)'), { target: { value: '123' } });
}

describe('PayInvoicesDialog', () => {
  it('shows the total, the discount with its deadline and the amount to pay; the toggle drops the discount', async () => {
    renderWithProviders(<PayInvoicesDialog opened onClose={() => {}} invoices={[discounted]} />);
    const dialog = await screen.findByRole('dialog', { name: 'Pay invoice INV-000101' });
    expect(within(dialog).getByText('$1,082.50')).toBeTruthy();
    expect(within(dialog).getByText('-$21.65')).toBeTruthy();
    expect(within(dialog).getByText('(pay by Dec 7, 2026)')).toBeTruthy();
    expect(within(dialog).getByTestId('amount-to-pay').textContent).toBe('$1,060.85');

    fireEvent.click(within(dialog).getByRole('switch', { name: /^Take the early-payment discount/ }));
    expect(within(dialog).getByTestId('amount-to-pay').textContent).toBe('$1,082.50');
    expect(within(dialog).getByRole('button', { name: 'Pay $1,082.50' })).toBeTruthy();
  });

  it('checks the card in the browser and sends no card number to the server', async () => {
    const result = vi.fn(() => ({ data: {} }));
    renderWithProviders(<PayInvoicesDialog opened onClose={() => {}} invoices={[discounted]} />, {
      mocks: [{ request: { query: PayInvoicesDocument, variables: () => true }, result }],
    });
    await screen.findByRole('dialog');
    fillCard('4111 1111 1111 1111');
    fireEvent.click(screen.getByRole('button', { name: 'Pay $1,060.85' }));
    expect(await screen.findByText(/Only the test cards are accepted here/)).toBeTruthy();
    expect(screen.getByLabelText('Card number').getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 30));
    expect(result).not.toHaveBeenCalled();
  });

  it('sends only the token with a fresh idempotency key and shows PAYMENT_FAILED clearly', async () => {
    const sent: Record<string, unknown>[] = [];
    renderWithProviders(<PayInvoicesDialog opened onClose={() => {}} invoices={[discounted]} />, {
      mocks: [
        {
          request: {
            query: PayInvoicesDocument,
            variables: (v: Record<string, unknown>) => {
              sent.push(v.input as Record<string, unknown>);
              return true;
            },
          },
          result: {
            data: {
              payInvoices: {
                __typename: 'PayInvoicesPayload',
                payments: [],
                invoices: [],
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'paymentToken'],
                    message: 'Your card was declined.',
                    code: 'PAYMENT_FAILED',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('dialog');
    fillCard('4000 0000 0000 0002');
    fireEvent.click(screen.getByRole('button', { name: 'Pay $1,060.85' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Payment failed');
    expect(alert.textContent).toContain('Your card was declined.');
    const input = sent[0] as Record<string, unknown>;
    expect(input).toMatchObject({
      invoiceIds: ['SW52b2ljZTox'],
      method: 'CARD',
      paymentToken: 'tok_chargeDeclined',
      takeEarlyPaymentDiscount: true,
    });
    expect(String(input.idempotencyKey)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    expect(JSON.stringify(input)).not.toContain('4000');
  });
});

describe('PayInvoicesDialog by wire', () => {
  it('sends no token and shows the remittance instructions of the pending payment', async () => {
    const onPaid = vi.fn();
    renderWithProviders(
      <PayInvoicesDialog opened onClose={() => {}} invoices={[discounted]} onPaid={onPaid} />,
      {
        mocks: [
          {
            request: {
              query: PayInvoicesDocument,
              variables: (v: Record<string, unknown>) =>
                (v.input as { method: string; paymentToken: unknown }).method === 'WIRE' &&
                (v.input as { paymentToken: unknown }).paymentToken === null,
            },
            result: {
              data: {
                payInvoices: {
                  __typename: 'PayInvoicesPayload',
                  payments: [
                    {
                      __typename: 'Payment',
                      id: 'UGF5bWVudDox',
                      status: 'PENDING',
                      method: 'WIRE',
                      reference: 'PAY-000042',
                      remittanceInstructions: 'Bank: First Test Bank\nIBAN: XX00 0000\nReference: PAY-000042',
                      amount: usd('1060.85'),
                      discountTaken: usd('21.65'),
                    },
                  ],
                  invoices: [],
                  userErrors: [],
                },
              },
            },
          },
        ],
      },
    );
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByText('Wire transfer'));
    fireEvent.click(screen.getByRole('button', { name: 'Get payment instructions' }));
    expect(await screen.findByText('Remittance instructions')).toBeTruthy();
    expect(screen.getByText(/IBAN: XX00 0000/)).toBeTruthy();
    expect(onPaid).toHaveBeenCalled();
  });
});
