import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, NativeSelect, Text, TextInput } from '@mantine/core';
import { compareDecimals } from '@portal/domain';
import { Money, formatMoneyText, type MoneyValue } from '../../components/money';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { RefundDialog_CreditNoteFragment } from '../../gql/graphql';
import { decimalInputError, moneyAmountRule } from '../../lib/decimal-input';
import { newIdempotencyKey } from '../../lib/idempotency-key';

export const RefundDialog_CreditNoteFragmentDoc = graphql(`
  fragment RefundDialog_creditNote on Invoice {
    id
    number
  }
`);

/** The card payments of the credited invoice and what is left to refund of each, read when the dialog opens. */
export const RefundPaymentsDocument = graphql(`
  query RefundPayments($id: ID!) {
    invoice(id: $id) {
      id
      creditedInvoice {
        id
        number
        payments {
          id
          method
          status
          paidAt
          amount {
            amount
            currencyCode
          }
          refundable {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

export const RefundPaymentDocument = graphql(`
  mutation RefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      refund {
        id
        amount {
          amount
          currencyCode
        }
      }
      creditNote {
        id
        ...InvoicingInvoiceRow_invoice
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

type RefundValues = { paymentId: string; amount: string; reason: string };

/**
 * Accounting pays a credit note's open credit back to the customer through the card payment of
 * the credited invoice, by the payment provider: all of it (as much as the credit and the payment
 * allow) or an amount. One idempotency key per opening: a retry never refunds twice.
 */
export function RefundDialog({
  creditNote,
  openCredit,
  onDone,
}: {
  creditNote: RefundDialog_CreditNoteFragment;
  /** The credit note's open credit (its amountDue, from the invoicing row). */
  openCredit: MoneyValue;
  onDone: () => void;
}) {
  const [refund] = useMutation(RefundPaymentDocument);
  const [wanted, setWanted] = useState(false);
  const [attemptKey, setAttemptKey] = useState('');
  const query = useQuery(RefundPaymentsDocument, {
    variables: { id: creditNote.id },
    skip: !wanted,
    fetchPolicy: 'network-only',
  });
  const credited = query.data?.invoice?.creditedInvoice ?? null;
  const payments = (credited?.payments ?? []).filter(
    (p) => p.method === 'CARD' && compareDecimals(p.refundable.amount, '0') > 0,
  );
  const { currencyCode } = openCredit;
  return (
    <>
      <Button
        size="xs"
        variant="light"
        aria-label={`Refund credit of ${creditNote.number}`}
        loading={wanted && query.loading}
        onClick={() => {
          setAttemptKey(newIdempotencyKey());
          setWanted(true);
        }}
      >
        Refund
      </Button>
      {wanted && query.error && (
        <Text c="red.8" size="sm" role="alert">
          {unexpectedErrorMessage(query.error)}
        </Text>
      )}
      <MutationFormModal<
        RefundValues,
        NonNullable<NonNullable<Awaited<ReturnType<typeof refund>>['data']>['refundPayment']>
      >
        opened={wanted && !query.loading && !!query.data}
        onClose={() => setWanted(false)}
        title={`Refund credit of ${creditNote.number}`}
        submitLabel="Refund to card"
        fields={['paymentId', 'amount', 'reason']}
        initialValues={() => ({ paymentId: payments[0]?.id ?? '', amount: '', reason: '' })}
        validate={(v) => ({
          paymentId: v.paymentId ? null : 'Choose the card payment to refund.',
          amount: v.amount.trim()
            ? decimalInputError(v.amount, moneyAmountRule(currencyCode), 'Enter an amount, e.g. 20.00.')
            : null,
          reason: v.reason.trim() ? null : 'Say why the money goes back.',
        })}
        mutate={async (v) => {
          const input = {
            paymentId: v.paymentId,
            creditNoteId: creditNote.id,
            reason: v.reason.trim(),
            idempotencyKey: attemptKey,
            ...(v.amount.trim() ? { amount: v.amount.trim() } : {}),
          };
          return (await refund({ variables: { input } })).data?.refundPayment;
        }}
        onSuccess={(payload) => {
          onDone();
          return payload.refund
            ? `${formatMoneyText(payload.refund.amount)} refunded to the card.`
            : 'Refunded to the card.';
        }}
      >
        {(form) => (
          <>
            <Text size="sm">
              Open credit: <Money money={openCredit} fw={700} />
            </Text>
            {payments.length === 0 ? (
              <>
                <Text size="sm" c="dimmed">
                  {credited
                    ? `No card payment of ${credited.number} is left to refund; pay the credit back by bank transfer or apply it to an invoice.`
                    : 'This credit note credits no invoice with a card payment.'}
                </Text>
                {form.errors.fields.paymentId && (
                  <Text c="red.8" size="sm" role="alert">
                    {form.errors.fields.paymentId}
                  </Text>
                )}
              </>
            ) : (
              <NativeSelect
                label="Card payment"
                description={credited ? `Of ${credited.number}, the invoice this note credits.` : undefined}
                data={payments.map((p) => ({
                  value: p.id,
                  label: `Card, ${formatMoneyText(p.amount)}${p.paidAt ? ` on ${p.paidAt.slice(0, 10)}` : ''}: ${formatMoneyText(p.refundable)} refundable`,
                }))}
                {...form.field('paymentId')}
              />
            )}
            <TextInput
              label={`Amount (${currencyCode})`}
              description="Leave empty to refund as much as the credit and the payment allow."
              inputMode="decimal"
              {...form.field('amount')}
            />
            <TextInput label="Reason" {...form.field('reason')} />
          </>
        )}
      </MutationFormModal>
    </>
  );
}
