import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field';
import { formatMoneyText, Money } from '../../components/money';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { PayInvoicesDialog_InvoiceFragment, PaymentMethod } from '../../gql/graphql';
import { tokenizeTestCard, type TestCardField } from '../../payments/test-card-tokenizer';
import { formatDate } from '../../lib/format-date';
import { newIdempotencyKey } from '../../lib/idempotency-key';
import { payTotals } from './pay-totals';
import { useServerClock } from '../../clock/server-clock';

export const PayInvoicesDialog_InvoiceFragmentDoc = graphql(`
  fragment PayInvoicesDialog_invoice on Invoice {
    id
    number
    status
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
        field
        message
        code
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
  instructions: string[];
  reference: string | null;
}

/**
 * Pays the selected invoices: totals with the early-payment discount (optional), card (tokenized
 * in the browser: only the token is sent) or ACH/wire (remittance instructions shown).
 */
export function PayInvoicesDialog({ opened, onClose, invoices, onPaid }: PayInvoicesDialogProps) {
  const { today } = useServerClock();
  const [takeDiscount, setTakeDiscount] = useState(true);
  const [method, setMethod] = useState<Method>('CARD');
  const [card, setCard] = useState({ number: '', expiry: '', cvc: '' });
  const [cardErrors, setCardErrors] = useState<Partial<Record<TestCardField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  // One key per attempt: kept when the network failed (a retry), renewed after any answer.
  const [attemptKey, setAttemptKey] = useState(newIdempotencyKey);
  const [pay, { loading }] = useMutation(PayInvoicesDocument);

  const totals = payTotals(invoices, takeDiscount);

  function close() {
    setCard({ number: '', expiry: '', cvc: '' });
    setCardErrors({});
    setFormErrors([]);
    setFailure(null);
    setPending(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setFormErrors([]);
    let paymentToken: string | null = null;
    if (method === 'CARD') {
      const result = tokenizeTestCard(card, today);
      if (!result.ok) {
        setCardErrors({ [result.field]: result.message });
        document.getElementById(`field-card-${result.field}`)?.focus();
        return;
      }
      setCardErrors({});
      paymentToken = result.token;
    }
    try {
      const { data } = await pay({
        variables: {
          input: {
            invoiceIds: invoices.map((i) => i.id),
            method,
            paymentToken,
            takeEarlyPaymentDiscount: takeDiscount,
            idempotencyKey: attemptKey,
          },
        },
      });
      setAttemptKey(newIdempotencyKey());
      const payload = data?.payInvoices;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) {
        const failed = payload.userErrors.find((e) => e.code === 'PAYMENT_FAILED');
        if (failed) {
          setFailure(failed.message);
          return;
        }
        const split = splitUserErrors(payload.userErrors, ['paymentToken'] as const);
        setFormErrors([...split.form, ...(split.fields.paymentToken ? [split.fields.paymentToken] : [])]);
        return;
      }
      const waiting = payload.payments.filter((p) => p.status === 'PENDING');
      if (waiting.length > 0) {
        setPending({
          instructions: waiting.map((p) => p.remittanceInstructions ?? '').filter(Boolean),
          reference: waiting[0]?.reference ?? null,
        });
        onPaid?.();
        return;
      }
      notifications.show({
        closeButtonProps: { 'aria-label': 'Dismiss notification' },
        color: 'green',
        message:
          invoices.length === 1
            ? `Invoice ${invoices[0]?.number} is paid.`
            : `${invoices.length} invoices are paid.`,
      });
      onPaid?.();
      close();
    } catch (error) {
      setFormErrors([unexpectedErrorMessage(error)]);
    }
  }

  const title =
    invoices.length === 1 ? `Pay invoice ${invoices[0]?.number ?? ''}` : `Pay ${invoices.length} invoices`;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      size="lg"
      centered
      closeOnClickOutside={!loading}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {pending ? (
        <Stack>
          <Alert
            styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
            color="blue"
            icon={<IconCircleCheck aria-hidden />}
            title="Payment registered: send the money"
          >
            The invoices stay open until the {method === 'ACH' ? 'ACH transfer' : 'wire'} arrives.
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
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading || undefined}>
          <Stack gap="sm">
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

            {totals.hasDiscount && (
              <Switch
                checked={takeDiscount}
                onChange={(e) => setTakeDiscount(e.currentTarget.checked)}
                label="Take the early-payment discount"
                description={
                  totals.deadline
                    ? `Save ${formatMoneyText(totals.discount)} by paying on or before ${formatDate(totals.deadline)}.`
                    : undefined
                }
              />
            )}

            <div>
              <Text component="label" id="payment-method-label" fw={500} size="sm">
                Payment method
              </Text>
              <SegmentedControl
                aria-labelledby="payment-method-label"
                fullWidth
                value={method}
                onChange={(value) => {
                  setMethod(value as Method);
                  setFailure(null);
                }}
                data={[
                  { value: 'CARD', label: 'Card' },
                  { value: 'ACH', label: 'ACH transfer' },
                  { value: 'WIRE', label: 'Wire transfer' },
                ]}
              />
            </div>

            {method === 'CARD' ? (
              <Stack gap={0}>
                <FormField
                  name="card-number"
                  label="Card number"
                  autoComplete="cc-number"
                  inputMode="numeric"
                  placeholder="4242 4242 4242 4242"
                  value={card.number}
                  error={cardErrors.number}
                  onChange={(e) => {
                    setCard({ ...card, number: e.currentTarget.value });
                    setFailure(null);
                  }}
                />
                <SimpleGrid cols={2}>
                  <FormField
                    name="card-expiry"
                    label="Expiry (MM/YY)"
                    autoComplete="cc-exp"
                    placeholder="12/28"
                    value={card.expiry}
                    error={cardErrors.expiry}
                    onChange={(e) => setCard({ ...card, expiry: e.currentTarget.value })}
                  />
                  <FormField
                    name="card-cvc"
                    label="Security code (CVC)"
                    autoComplete="cc-csc"
                    inputMode="numeric"
                    value={card.cvc}
                    error={cardErrors.cvc}
                    onChange={(e) => setCard({ ...card, cvc: e.currentTarget.value })}
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
            <UserErrorsAlert errors={formErrors} />

            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={loading}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                {method === 'CARD' ? `Pay ${formatMoneyText(totals.toPay)}` : 'Get payment instructions'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
