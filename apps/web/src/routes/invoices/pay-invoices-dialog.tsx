import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Code,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { FormField } from '../../components/form-field';
import { formatMoneyText, Money } from '../../components/money';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { PayInvoicesDialog_InvoiceFragment, PaymentMethod } from '../../gql/graphql';
import { tokenizeTestCard, type TokenizeResult } from '../../payments/test-card-tokenizer';
import { formatDate } from '../../lib/format-date';
import { newIdempotencyKey } from '../../lib/idempotency-key';
import { payTotals, type PayTotals } from './pay-totals';
import { useServerClock } from '../../clock/server-clock';

export const PayInvoicesDialog_InvoiceFragmentDoc = graphql(`
  fragment PayInvoicesDialog_invoice on Invoice {
    id
    number
    status
    payable
    pendingPayment
    amountDue {
      amount
      currencyCode
    }
    earlyPaymentDiscount {
      percent
      deadline
      amount {
        amount
        currencyCode
      }
      amountToPay {
        amount
        currencyCode
      }
    }
  }
`);

export const PayInvoicesDocument = graphql(`
  mutation PayInvoices($input: PayInvoicesInput!) {
    payInvoices(input: $input) {
      payments {
        id
        status
        method
        reference
        remittanceInstructions
        amount {
          amount
          currencyCode
        }
        discountTaken {
          amount
          currencyCode
        }
      }
      invoices {
        id
        status
        amountPaid {
          amount
          currencyCode
        }
        ...PayInvoicesDialog_invoice
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

type Method = Extract<PaymentMethod, 'CARD' | 'ACH' | 'WIRE'>;

export interface PayInvoicesDialogProps {
  opened: boolean;
  onClose: () => void;
  invoices: readonly PayInvoicesDialog_InvoiceFragment[];
  /** After a payment went through (or is pending with remittance instructions). */
  onPaid?: () => void;
}

interface Pending {
  method: Method;
  instructions: string[];
  reference: string | null;
}

interface PayValues extends Record<string, unknown> {
  takeDiscount: boolean;
  method: Method;
  'card-number': string;
  'card-expiry': string;
  'card-cvc': string;
}

const CARD_FIELDS = ['card-number', 'card-expiry', 'card-cvc'] as const;

/**
 * Pays the selected invoices: totals with the early-payment discount (optional), card (tokenized
 * in the browser: only the token is sent) or ACH/wire (remittance instructions shown).
 */
export function PayInvoicesDialog({ opened, onClose, invoices, onPaid }: PayInvoicesDialogProps) {
  const { today } = useServerClock();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  // One key per attempt: kept when the network failed (a retry), renewed after any answer.
  const [attemptKey, setAttemptKey] = useState(newIdempotencyKey);
  const [pay] = useMutation(PayInvoicesDocument);
  const tokenize = (v: PayValues): TokenizeResult | null =>
    v.method === 'CARD'
      ? tokenizeTestCard({ number: v['card-number'], expiry: v['card-expiry'], cvc: v['card-cvc'] }, today)
      : null;

  function close() {
    setFailure(null);
    setPending(null);
    onClose();
  }

  return (
    <MutationFormModal
      opened={opened}
      onClose={close}
      title={
        invoices.length === 1 ? `Pay invoice ${invoices[0]?.number ?? ''}` : `Pay ${invoices.length} invoices`
      }
      size="lg"
      submitLabel={(v) =>
        v.method === 'CARD'
          ? `Pay ${formatMoneyText(payTotals(invoices, v.takeDiscount).toPay)}`
          : 'Get payment instructions'
      }
      fields={CARD_FIELDS}
      initialValues={(): PayValues => ({
        takeDiscount: true,
        method: 'CARD',
        'card-number': '',
        'card-expiry': '',
        'card-cvc': '',
      })}
      validate={(v) => {
        const card = tokenize(v);
        return card && !card.ok ? { [`card-${card.field}`]: card.message } : {};
      }}
      mutate={async (v) => {
        setFailure(null);
        const card = tokenize(v);
        const input = {
          invoiceIds: invoices.map((i) => i.id),
          method: v.method,
          paymentToken: card?.ok ? card.token : null,
          takeEarlyPaymentDiscount: v.takeDiscount,
          idempotencyKey: attemptKey,
        };
        const { data } = await pay({ variables: { input } });
        setAttemptKey(newIdempotencyKey());
        return data?.payInvoices;
      }}
      onUserErrors={(userErrors) => {
        const failed = userErrors.find((e) => e.code === 'PAYMENT_FAILED');
        if (failed) setFailure(failed.message);
        return !!failed;
      }}
      onSuccess={(payload, v) => {
        onPaid?.();
        const waiting = payload.payments.filter((p) => p.status === 'PENDING');
        if (waiting.length === 0)
          return invoices.length === 1
            ? `Invoice ${invoices[0]?.number} is paid.`
            : `${invoices.length} invoices are paid.`;
        setPending({
          method: v.method,
          instructions: waiting.map((p) => p.remittanceInstructions ?? '').filter(Boolean),
          reference: waiting[0]?.reference ?? null,
        });
        return { stayOpen: true };
      }}
      outcome={pending && <RemittanceInstructions pending={pending} onDone={close} />}
    >
      {(form) => {
        const totals = payTotals(invoices, form.values.takeDiscount);
        const cardNumber = form.field('card-number');
        return (
          <>
            <PayAmounts totals={totals} takeDiscount={form.values.takeDiscount} />
            {totals.hasDiscount && (
              <Switch
                label="Take the early-payment discount"
                description={
                  totals.deadline
                    ? `Save ${formatMoneyText(totals.discount)} by paying on or before ${formatDate(totals.deadline)}.`
                    : undefined
                }
                {...form.checkbox('takeDiscount')}
              />
            )}
            <div>
              <Text component="label" id="payment-method-label" fw={500} size="sm">
                Payment method
              </Text>
              <SegmentedControl
                aria-labelledby="payment-method-label"
                fullWidth
                value={form.values.method}
                onChange={(value) => {
                  form.setValue('method', value as Method);
                  setFailure(null);
                }}
                data={[
                  { value: 'CARD', label: 'Card' },
                  { value: 'ACH', label: 'ACH transfer' },
                  { value: 'WIRE', label: 'Wire transfer' },
                ]}
              />
            </div>
            {form.values.method === 'CARD' ? (
              <Stack gap={0}>
                <FormField
                  label="Card number"
                  autoComplete="cc-number"
                  inputMode="numeric"
                  placeholder="4242 4242 4242 4242"
                  {...cardNumber}
                  onChange={(event) => {
                    cardNumber.onChange(event);
                    setFailure(null);
                  }}
                />
                <SimpleGrid cols={2}>
                  <FormField
                    label="Expiry (MM/YY)"
                    autoComplete="cc-exp"
                    placeholder="12/28"
                    {...form.field('card-expiry')}
                  />
                  <FormField
                    label="Security code (CVC)"
                    autoComplete="cc-csc"
                    inputMode="numeric"
                    {...form.field('card-cvc')}
                  />
                </SimpleGrid>
                <Text size="xs" c="dimmed">
                  Your card number stays in your browser: only a payment token is sent.
                </Text>
              </Stack>
            ) : (
              <Text size="sm">
                You will get the bank details and the reference to quote. The invoices are settled when the
                money arrives.
              </Text>
            )}
            {failure && (
              <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Payment failed">
                {failure} Nothing was charged; try another card or method.
              </Alert>
            )}
          </>
        );
      }}
    </MutationFormModal>
  );
}

/** Total due, the early-payment discount (taken or not) and what will be charged. */
function PayAmounts({ totals, takeDiscount }: { totals: PayTotals; takeDiscount: boolean }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} aria-label="Amounts">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" fw={400}>
            Total due
          </Table.Th>
          <Table.Td ta="right">
            <Money money={totals.totalDue} />
          </Table.Td>
        </Table.Tr>
        {totals.hasDiscount && (
          <Table.Tr>
            <Table.Th scope="row" fw={400}>
              Early-payment discount
              {totals.deadline && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  (pay by {formatDate(totals.deadline)})
                </Text>
              )}
            </Table.Th>
            <Table.Td ta="right">
              {takeDiscount ? (
                <Money money={totals.discountDeduction} fw={600} />
              ) : (
                <Text span c="dimmed">
                  not taken
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        )}
        <Table.Tr>
          <Table.Th scope="row">Amount to pay</Table.Th>
          <Table.Td ta="right" fw={700} data-testid="amount-to-pay">
            <Money money={totals.toPay} />
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/** After an ACH or wire payment is registered: where to send the money, and the reference. */
function RemittanceInstructions({ pending, onDone }: { pending: Pending; onDone: () => void }) {
  return (
    <Stack>
      <Alert
        styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
        color="blue"
        icon={<IconCircleCheck aria-hidden />}
        title="Payment registered: send the money"
      >
        The invoices stay open until the {pending.method === 'ACH' ? 'ACH transfer' : 'wire'} arrives.
      </Alert>
      <Text fw={600}>Remittance instructions</Text>
      {pending.instructions.map((text, i) => (
        <Code key={i} block>
          {text}
        </Code>
      ))}
      {pending.reference && (
        <Text size="sm">
          Payment reference: <Code>{pending.reference}</Code>
        </Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
