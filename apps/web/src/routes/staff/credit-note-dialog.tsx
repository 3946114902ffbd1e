import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, NativeSelect, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { compareDecimals, formatDecimal } from '@portal/domain';
import { Money } from '../../components/money';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { CreditNoteDialog_InvoiceFragment, CreditNoteLinesQuery } from '../../gql/graphql';
import {
  QUANTITY_SCALE,
  canonicalDecimal,
  decimalInputError,
  moneyAmountRule,
} from '../../lib/decimal-input';

export const CreditNoteDialog_InvoiceFragmentDoc = graphql(`
  fragment CreditNoteDialog_invoice on Invoice {
    id
    number
    total {
      amount
      currencyCode
    }
  }
`);

/** The invoice's lines and the tax classes, read when the dialog opens (the table stays light). */
export const CreditNoteLinesDocument = graphql(`
  query CreditNoteLines($id: ID!) {
    invoice(id: $id) {
      id
      lines {
        id
        description
        quantity
        unit {
          id
          symbol
        }
        unitPrice {
          amount
          currencyCode
        }
        taxRate
      }
    }
    taxClasses {
      code
      name
    }
  }
`);

export const IssueCreditNoteDocument = graphql(`
  mutation IssueCreditNote($input: IssueCreditNoteInput!) {
    issueCreditNote(input: $input) {
      ...InvoicingInvoiceRow_payload
    }
  }
`);

type InvoiceLine = NonNullable<NonNullable<CreditNoteLinesQuery['invoice']>['lines']>[number];

/** The form: what is credited (lines or an amount), and per line the quantity (`credit.<lineId>`). */
type CreditValues = Record<string, string>;

const TREATMENTS = [
  { value: 'PROPORTIONAL', label: 'Tax included, shared like the invoice’s lines' },
  { value: 'NO_TAX', label: 'No tax (e.g. a goodwill credit)' },
  { value: 'TAX_CLASS', label: 'Tax included, at a tax class’s rate' },
];
const NOT_A_QUANTITY = 'Enter a quantity of 0 or more.';
const creditField = (line: InvoiceLine) => `credit.${line.id}`;

/** The lines credited: each with a quantity above 0, in the invoice's order. */
function creditedLines(lines: readonly InvoiceLine[], values: CreditValues) {
  return lines
    .map((line) => ({
      line,
      quantity: canonicalDecimal(values[creditField(line)] ?? '', { maxScale: QUANTITY_SCALE }),
    }))
    .filter(
      (part): part is { line: InvoiceLine; quantity: string } =>
        part.quantity !== null && compareDecimals(part.quantity, '0') > 0,
    );
}

/**
 * Accounting credits an invoice: quantities of its lines (each at its unit price, with its own
 * tax), or an amount with a chosen tax treatment (shared like the lines, no tax, or a tax class's
 * rate), with a reason. The server says what is left to credit.
 */
export function CreditNoteDialog({
  invoice,
  onDone,
}: {
  invoice: CreditNoteDialog_InvoiceFragment;
  onDone: () => void;
}) {
  const [issue] = useMutation(IssueCreditNoteDocument);
  const [wanted, setWanted] = useState(false);
  const query = useQuery(CreditNoteLinesDocument, {
    variables: { id: invoice.id },
    skip: !wanted,
    fetchPolicy: 'network-only',
  });
  const lines = query.data?.invoice?.lines ?? [];
  const taxClasses = query.data?.taxClasses ?? [];
  const { currencyCode } = invoice.total;
  const fields = ['lines', ...lines.map(creditField), 'amount', 'taxTreatment', 'taxClass', 'reason'];
  return (
    <>
      <Button
        size="xs"
        variant="light"
        aria-label={`Credit note on ${invoice.number}`}
        loading={wanted && query.loading}
        onClick={() => setWanted(true)}
      >
        Credit note
      </Button>
      {wanted && query.error && (
        <Text c="red.8" size="sm" role="alert">
          {unexpectedErrorMessage(query.error)}
        </Text>
      )}
      <MutationFormModal<
        CreditValues,
        NonNullable<NonNullable<Awaited<ReturnType<typeof issue>>['data']>['issueCreditNote']>
      >
        opened={wanted && !query.loading && !!query.data?.invoice}
        onClose={() => setWanted(false)}
        title={`Credit note on ${invoice.number}`}
        submitLabel="Issue credit note"
        size="xl"
        fields={fields}
        initialValues={() => ({
          mode: lines.length ? 'LINES' : 'AMOUNT',
          amount: '',
          taxTreatment: 'PROPORTIONAL',
          taxClass: '',
          reason: '',
          ...Object.fromEntries(lines.map((line) => [creditField(line), ''])),
        })}
        validate={(v) => ({
          reason: v.reason?.trim() ? null : 'Say why the customer is credited.',
          ...(v.mode === 'LINES'
            ? {
                ...Object.fromEntries(
                  lines.map((line) => {
                    // An empty quantity leaves the line out.
                    const typed = (v[creditField(line)] ?? '').trim();
                    return [
                      creditField(line),
                      typed ? decimalInputError(typed, { maxScale: QUANTITY_SCALE }, NOT_A_QUANTITY) : null,
                    ];
                  }),
                ),
                lines:
                  creditedLines(lines, v).length === 0
                    ? 'Credit at least one line: give it a quantity above 0.'
                    : null,
              }
            : {
                amount: decimalInputError(
                  v.amount ?? '',
                  moneyAmountRule(currencyCode),
                  'Enter the amount to credit, e.g. 40.00.',
                ),
                taxClass:
                  v.taxTreatment === 'TAX_CLASS' && !v.taxClass
                    ? 'Choose the tax class whose rate applies.'
                    : null,
              }),
        })}
        mutate={async (v) => {
          const parts = creditedLines(lines, v);
          const base = { invoiceId: invoice.id, reason: v.reason!.trim() };
          const input =
            v.mode === 'LINES'
              ? { ...base, lines: parts.map((p) => ({ invoiceLineId: p.line.id, quantity: p.quantity })) }
              : {
                  ...base,
                  amount: v.amount!.trim(),
                  taxTreatment: v.taxTreatment as 'PROPORTIONAL' | 'NO_TAX' | 'TAX_CLASS',
                  ...(v.taxTreatment === 'TAX_CLASS' ? { taxClass: v.taxClass } : {}),
                };
          const payload = (await issue({ variables: { input } })).data?.issueCreditNote;
          if (!payload || v.mode !== 'LINES') return payload;
          // The server names lines by their place in `input.lines`: put its messages next to the line.
          const userErrors = payload.userErrors.map((error) => {
            const [root, list, index] = error.field ?? [];
            const part = list === 'lines' && index !== undefined ? parts[Number(index)] : undefined;
            return part ? { ...error, field: [root ?? 'input', 'credit', part.line.id] } : error;
          });
          return { ...payload, userErrors };
        }}
        onSuccess={(payload) => {
          onDone();
          return `Credit note ${payload.invoice?.number} issued.`;
        }}
      >
        {(form) => (
          <>
            <SegmentedControl
              aria-label="What to credit"
              data={[
                { value: 'LINES', label: 'Lines and quantities' },
                { value: 'AMOUNT', label: 'An amount' },
              ]}
              value={form.values.mode ?? 'LINES'}
              onChange={(value) => form.setValue('mode', value)}
            />
            {form.values.mode === 'LINES' ? (
              <>
                <Table.ScrollContainer minWidth={520}>
                  <Table aria-label="Lines to credit">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Line</Table.Th>
                        <Table.Th ta="right">Invoiced</Table.Th>
                        <Table.Th ta="right">Unit price</Table.Th>
                        <Table.Th ta="right">Tax</Table.Th>
                        <Table.Th ta="right">Credit</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {lines.map((line) => (
                        <Table.Tr key={line.id}>
                          <Table.Td>{line.description}</Table.Td>
                          <Table.Td ta="right">
                            {formatDecimal(line.quantity)} {line.unit?.symbol ?? ''}
                          </Table.Td>
                          <Table.Td ta="right">
                            <Money money={line.unitPrice} />
                          </Table.Td>
                          <Table.Td ta="right">{formatDecimal(line.taxRate)} %</Table.Td>
                          <Table.Td>
                            <TextInput
                              aria-label={`Credit quantity of ${line.description}`}
                              inputMode="decimal"
                              size="xs"
                              w={110}
                              ml="auto"
                              placeholder="0"
                              rightSection={<Text size="xs">{line.unit?.symbol ?? ''}</Text>}
                              {...form.field(creditField(line))}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Text size="sm" c="dimmed">
                  Each line is credited at its unit price, with the tax it was invoiced with.
                </Text>
                {form.errors.fields.lines && (
                  <Text c="red.8" size="sm" role="alert">
                    {form.errors.fields.lines}
                  </Text>
                )}
              </>
            ) : (
              <>
                <TextInput
                  label={`Amount (${currencyCode})`}
                  inputMode="decimal"
                  data-autofocus
                  {...form.field('amount')}
                />
                <NativeSelect label="Tax" data={TREATMENTS} {...form.field('taxTreatment')} />
                {form.values.taxTreatment === 'TAX_CLASS' && (
                  <NativeSelect
                    label="Tax class"
                    data={[
                      { value: '', label: 'Choose…' },
                      ...taxClasses.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
                    ]}
                    {...form.field('taxClass')}
                  />
                )}
              </>
            )}
            <TextInput label="Reason" {...form.field('reason')} />
          </>
        )}
      </MutationFormModal>
    </>
  );
}
