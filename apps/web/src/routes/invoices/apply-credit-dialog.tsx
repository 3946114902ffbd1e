import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, NativeSelect, Text, TextInput } from '@mantine/core';
import { Money, formatMoneyText, type MoneyValue } from '../../components/money';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { ApplyCreditDialog_CreditNoteFragment } from '../../gql/graphql';
import { decimalInputError, moneyAmountRule } from '../../lib/decimal-input';

export const ApplyCreditDialog_CreditNoteFragmentDoc = graphql(`
  fragment ApplyCreditDialog_creditNote on Invoice {
    id
    number
  }
`);

/** The company's open invoices, read when the dialog opens (companyId: staff only). */
export const ApplyCreditInvoicesDocument = graphql(`
  query ApplyCreditInvoices($companyId: ID) {
    invoices(first: 100, filter: { kind: INVOICE, statuses: [OPEN, OVERDUE], companyId: $companyId }) {
      edges {
        node {
          id
          number
          dueOn
          amountDue {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

export const ApplyCreditDocument = graphql(`
  mutation ApplyCredit($input: ApplyCreditInput!) {
    applyCredit(input: $input) {
      invoice {
        id
        number
        amountDue {
          amount
          currencyCode
        }
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

type ApplyValues = { invoiceId: string; amount: string };

/**
 * Applies a credit note's open credit to an open invoice of the same company: as much as both
 * allow, or the amount given. For the customer's portal admin (invoice page) and accounting
 * (staff invoicing: `companyId` names the customer). The open credit comes from the parent's
 * row (the invoicing table already reads it; asking again would count in its query's cost).
 */
export function ApplyCreditDialog({
  creditNote,
  openCredit,
  companyId = null,
  onDone,
}: {
  creditNote: ApplyCreditDialog_CreditNoteFragment;
  openCredit: MoneyValue;
  companyId?: string | null;
  onDone: () => void;
}) {
  const staff = companyId !== null;
  const [apply] = useMutation(ApplyCreditDocument);
  const [wanted, setWanted] = useState(false);
  const query = useQuery(ApplyCreditInvoicesDocument, {
    variables: { companyId },
    skip: !wanted,
    fetchPolicy: 'network-only',
  });
  const invoices = (query.data?.invoices.edges ?? []).map((e) => e.node);
  const { currencyCode } = openCredit;
  return (
    <>
      <Button
        size={staff ? 'xs' : 'sm'}
        variant="light"
        aria-label={`Apply credit of ${creditNote.number}`}
        loading={wanted && query.loading}
        onClick={() => setWanted(true)}
      >
        Apply credit
      </Button>
      {wanted && query.error && (
        <Text c="red.8" size="sm" role="alert">
          {unexpectedErrorMessage(query.error)}
        </Text>
      )}
      <MutationFormModal<
        ApplyValues,
        NonNullable<NonNullable<Awaited<ReturnType<typeof apply>>['data']>['applyCredit']>
      >
        opened={wanted && !query.loading && !!query.data}
        onClose={() => setWanted(false)}
        title={`Apply credit of ${creditNote.number}`}
        submitLabel="Apply credit"
        fields={['invoiceId', 'amount']}
        initialValues={() => ({ invoiceId: invoices[0]?.id ?? '', amount: '' })}
        validate={(v) => ({
          invoiceId: v.invoiceId ? null : 'Choose the invoice the credit pays.',
          amount: v.amount.trim()
            ? decimalInputError(v.amount, moneyAmountRule(currencyCode), 'Enter an amount, e.g. 20.00.')
            : null,
        })}
        mutate={async (v) => {
          const input = {
            creditNoteId: creditNote.id,
            invoiceId: v.invoiceId,
            ...(v.amount.trim() ? { amount: v.amount.trim() } : {}),
          };
          return (await apply({ variables: { input } })).data?.applyCredit;
        }}
        onSuccess={(payload) => {
          onDone();
          return `Credit applied to ${payload.invoice?.number}.`;
        }}
      >
        {(form) => (
          <>
            <Text size="sm">
              Open credit: <Money money={openCredit} fw={700} />
            </Text>
            {invoices.length === 0 ? (
              <Text size="sm" c="dimmed">
                No open invoices of this company to apply the credit to.
              </Text>
            ) : (
              <NativeSelect
                label="Invoice"
                data={invoices.map((i) => ({
                  value: i.id,
                  label: `${i.number}: ${formatMoneyText(i.amountDue)} due${i.dueOn ? ` on ${i.dueOn}` : ''}`,
                }))}
                {...form.field('invoiceId')}
              />
            )}
            <TextInput
              label={`Amount (${currencyCode})`}
              description="Leave empty to apply as much as the credit and the invoice allow."
              inputMode="decimal"
              {...form.field('amount')}
            />
          </>
        )}
      </MutationFormModal>
    </>
  );
}
