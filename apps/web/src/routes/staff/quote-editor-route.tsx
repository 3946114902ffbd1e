import { useMutation, useQuery } from '@apollo/client/react';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { formatMoneyText } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';
import { TableScroll } from '../rfqs/table-scroll';
import type { QuoteEditor_RfqFragment } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { QuotationPanel } from '../rfqs/quotation-panel';
import { RfqLines } from '../rfqs/rfq-lines';
import { RfqThread } from '../rfqs/rfq-thread';
import { ProductPicker } from '../rfqs/product-picker';
import { defaultUnitIdOf, quantityUnitsOf } from '../../components/quantity-input';
import { QUANTITY_RULE, decimalInputError } from '../../lib/decimal-input';
import {
  catalogQuoteLine,
  freeTextQuoteLine,
  initialQuoteDraft,
  quoteFieldNames,
  quoteLineTotal,
  quoteSubtotal,
  toSendQuoteInput,
  validateQuote,
  type QuoteDraft,
  type QuoteLineDraft,
} from './quote-form';

export const QuoteEditor_RfqFragmentDoc = graphql(`
  fragment QuoteEditor_rfq on Rfq {
    id
    status
    company {
      id
      name
      currencyCode
    }
    lines {
      id
      description
      quantity
      unit {
        id
        symbol
      }
      product {
        id
        sku
      }
      targetUnitPrice {
        amount
        currencyCode
      }
    }
    quotation {
      id
      quote {
        revision
        validUntil
      }
      lines {
        id
        sku
        description
        quantity
        unit {
          id
          symbol
        }
        product {
          id
        }
        unitPrice {
          amount
          currencyCode
        }
      }
    }
  }
`);

export const QuoteEditorPageDocument = graphql(`
  query QuoteEditorPage($id: ID!) {
    unitsOfMeasure {
      id
      symbol
      name
    }
    rfq(id: $id) {
      id
      number
      title
      status
      createdAt
      neededBy
      requestedBy {
        id
        name
        email
      }
      lines {
        id
        ...RfqLines_line
      }
      ...RfqThread_rfq
      ...QuoteEditor_rfq
      quotation {
        id
        ...QuotationPanel_order
      }
    }
  }
`);

export const SendQuoteDocument = graphql(`
  mutation SendQuote($input: SendQuoteInput!) {
    sendQuote(input: $input) {
      order {
        id
        number
        ...QuotationPanel_order
        rfq {
          id
          status
          ...RfqThread_rfq
          ...QuoteEditor_rfq
        }
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const QuoteContractPriceDocument = graphql(`
  query QuoteContractPrice($rfqId: ID!, $productId: ID!, $quantity: Decimal!, $unitId: ID) {
    rfq(id: $rfqId) {
      id
      contractPrice(productId: $productId, quantity: $quantity, unitId: $unitId) {
        inCatalog
        unitPrice {
          amount
          currencyCode
        }
        explanation
      }
    }
  }
`);

export function QuoteEditorRoute() {
  return (
    <RequirePermission anyOf="QUOTES_MANAGE" staff>
      <QuoteEditorPage />
    </RequirePermission>
  );
}

/** Quoting is possible while the RFQ waits for an answer or after the customer asked for changes. */
const QUOTABLE = new Set(['SUBMITTED', 'QUOTED', 'CHANGES_REQUESTED', 'EXPIRED']);

function QuoteEditorPage() {
  const { rfqId = '' } = useParams();
  const { data, error, refetch } = useQuery(QuoteEditorPageDocument, { variables: { id: rfqId } });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const rfq = data.rfq;
  if (!rfq) {
    return (
      <EmptyState
        title="RFQ not found"
        action={
          <Anchor component={Link} to="/staff/rfqs">
            Back to the inbox
          </Anchor>
        }
      />
    );
  }
  return (
    <>
      <PageHeader
        title={`RFQ ${rfq.number}: ${rfq.title}`}
        documentTitle={`Quote RFQ ${rfq.number}`}
        badge={<StatusBadge status={rfq.status} />}
        description={
          <>
            {rfq.company.name} · asked by {rfq.requestedBy.name} ({rfq.requestedBy.email}) on{' '}
            {rfq.createdAt.slice(0, 10)}
            {rfq.neededBy ? ` · needed by ${rfq.neededBy}` : ''}
          </>
        }
        actions={
          <Anchor component={Link} to="/staff/rfqs">
            RFQ inbox
          </Anchor>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg">
              <Title order={2} size="h4" mb="xs">
                Requested items
              </Title>
              <RfqLines lines={rfq.lines} />
            </Card>
            {rfq.quotation && <QuotationPanel order={rfq.quotation} rfqStatus={rfq.status} />}
            {QUOTABLE.has(rfq.status) && (
              <QuoteEditor
                key={`${rfq.quotation?.quote?.revision ?? 0}`}
                rfq={rfq}
                units={data.unitsOfMeasure}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <Card withBorder padding="lg">
            <RfqThread rfq={rfq} />
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** A unit a free-text line may be quoted in. */
export interface QuoteUnitOption {
  id: string;
  symbol: string;
  name: string;
}

export function QuoteEditor({
  rfq,
  units = [],
}: {
  rfq: QuoteEditor_RfqFragment;
  /** The units of measure a free-text line may be quoted in (as RFQ free-text lines keep theirs). */
  units?: readonly QuoteUnitOption[];
}) {
  const [draft, setDraft] = useState<QuoteDraft>(() => initialQuoteDraft(rfq));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [sendQuote, { loading }] = useMutation(SendQuoteDocument);
  const currencyCode = rfq.company.currencyCode;
  const revising = !!rfq.quotation;

  function setLine(index: number, patch: Partial<QuoteLineDraft>) {
    setDraft((d) => ({ ...d, lines: d.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) }));
  }

  function addLine(line: QuoteLineDraft) {
    setDraft((d) => ({ ...d, lines: [...d.lines, line] }));
    setErrors({});
  }

  function removeLine(index: number) {
    setDraft((d) => ({ ...d, lines: d.lines.filter((_, i) => i !== index) }));
    // Line errors name positions: they no longer match once a line is gone.
    setErrors({});
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    const local = validateQuote(draft);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const result = await sendQuote({ variables: { input: toSendQuoteInput(rfq.id, draft) } });
      const payload = result.data?.sendQuote;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0 || !payload.order) {
        const split = splitUserErrors(payload.userErrors, quoteFieldNames(draft.lines.length));
        setErrors(split.fields as Record<string, string>);
        setFormErrors(split.form);
        return;
      }
      notifySuccess(
        `Quotation ${payload.order.number} (revision ${payload.order.quote?.revision ?? 1}) sent to the customer.`,
      );
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  const subtotal = quoteSubtotal(draft.lines, currencyCode);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="quote-editor-title">
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Title order={2} size="h4" id="quote-editor-title" mb="sm">
          {revising
            ? `Revise the quotation (revision ${(rfq.quotation?.quote?.revision ?? 0) + 1})`
            : 'Quote this RFQ'}
        </Title>
        <UserErrorsAlert errors={formErrors} />
        {errors.lines && (
          <Text c="red.8" size="sm" role="alert">
            {errors.lines}
          </Text>
        )}
        <TableScroll label="Quote lines" minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Caption>Quote lines</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Item</Table.Th>
                <Table.Th w={130}>Quantity</Table.Th>
                <Table.Th w={150}>Unit price ({currencyCode})</Table.Th>
                <Table.Th ta="right">Contract price</Table.Th>
                <Table.Th ta="right">Line total</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.lines.map((line, i) => {
                const total = quoteLineTotal(line, currencyCode);
                const detail = line.productName ?? line.description;
                const name = line.sku ? `${line.sku}${detail ? ` ${detail}` : ''}` : line.description;
                return (
                  <Table.Tr key={line.key}>
                    <Table.Td>
                      {line.productId ? (
                        <Text inherit>{name}</Text>
                      ) : (
                        <TextInput
                          aria-label={`Line ${i + 1} description`}
                          value={line.description}
                          onChange={(e) => setLine(i, { description: e.currentTarget.value })}
                          error={errors[`lines.${i}.description`]}
                        />
                      )}
                      {errors[`lines.${i}.productId`] && (
                        <Text c="red.8" size="sm">
                          {errors[`lines.${i}.productId`]}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`Line ${i + 1} quantity${line.unitSymbol ? ` (${line.unitSymbol})` : ''}`}
                        inputMode="decimal"
                        value={line.quantity}
                        onChange={(e) => setLine(i, { quantity: e.currentTarget.value })}
                        rightSection={<Text size="xs">{line.unitSymbol}</Text>}
                        error={errors[`lines.${i}.quantity`] ?? errors[`lines.${i}.unitId`]}
                      />
                      {!line.productId && units.length > 0 && (
                        <Select
                          mt={4}
                          size="xs"
                          aria-label={`Line ${i + 1} unit`}
                          placeholder="Unit"
                          data={units.map((u) => ({ value: u.id, label: `${u.name} (${u.symbol})` }))}
                          value={line.unitId}
                          onChange={(unitId) =>
                            setLine(i, {
                              unitId,
                              unitSymbol: units.find((u) => u.id === unitId)?.symbol ?? '',
                            })
                          }
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`Line ${i + 1} unit price`}
                        inputMode="decimal"
                        value={line.unitPrice}
                        onChange={(e) => setLine(i, { unitPrice: e.currentTarget.value })}
                        error={errors[`lines.${i}.unitPrice`]}
                      />
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {line.productId ? (
                        <ContractPrice
                          rfqId={rfq.id}
                          productId={line.productId}
                          quantity={line.quantity}
                          unitId={line.unitId}
                          label={`Line ${i + 1} contract price`}
                        />
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {total ? formatMoneyText(total) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove line ${i + 1}`}
                        onClick={() => removeLine(i)}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={4} ta="right" scope="row">
                  Subtotal before tax
                </Table.Th>
                <Table.Td ta="right" fw={700} data-testid="quote-subtotal">
                  {subtotal ? formatMoneyText(subtotal) : '—'}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </TableScroll>
        <Group align="flex-end" mt="sm" gap="sm">
          <div style={{ flex: 1, minWidth: 240 }}>
            <ProductPicker
              label="Add a catalog product"
              value={null}
              onChange={(product) => {
                if (!product) return;
                const unitId = defaultUnitIdOf(product);
                const unit = quantityUnitsOf(product).find((u) => u.id === unitId);
                addLine(
                  catalogQuoteLine({
                    id: product.id,
                    sku: product.sku,
                    name: product.name,
                    unitId,
                    unitSymbol: unit?.symbol ?? product.baseUnit.symbol,
                  }),
                );
              }}
            />
          </div>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => addLine(freeTextQuoteLine())}
          >
            Add free-text line
          </Button>
        </Group>
        <Group align="flex-start" grow mt="sm">
          <TextInput
            label="Valid until"
            name="validUntil"
            type="date"
            description="Leave empty for a quote that does not expire."
            value={draft.validUntil}
            onChange={(e) => setDraft({ ...draft, validUntil: e.currentTarget.value })}
            error={errors.validUntil}
          />
        </Group>
        <Textarea
          mt="sm"
          label="Message to the customer (optional)"
          name="message"
          autosize
          minRows={2}
          value={draft.message}
          onChange={(e) => setDraft({ ...draft, message: e.currentTarget.value })}
          error={errors.message}
        />
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            {draft.lines.length} line{draft.lines.length === 1 ? '' : 's'}; catalog lines keep the
            product&apos;s minimums and multiples.
          </Text>
          <Button type="submit" loading={loading}>
            {revising ? 'Send revised quote' : 'Send quote'}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/**
 * The customer's contract unit price for a catalog line, priced by the server for the RFQ's
 * company at the line's quantity and unit (volume breaks included), beside the quoted price.
 */
function ContractPrice({
  rfqId,
  productId,
  quantity,
  unitId,
  label,
}: {
  rfqId: string;
  productId: string;
  quantity: string;
  unitId: string | null;
  label: string;
}) {
  const valid = decimalInputError(quantity, QUANTITY_RULE, 'invalid') === null;
  const { data, loading, error } = useQuery(QuoteContractPriceDocument, {
    variables: { rfqId, productId, quantity: quantity.trim(), unitId },
    skip: !valid,
  });
  const price = data?.rfq?.contractPrice;
  if (!valid || loading) return <span aria-label={label}>—</span>;
  if (error || !price) return <span aria-label={label}>unavailable</span>;
  if (!price.inCatalog)
    return (
      <Text size="sm" c="dimmed" aria-label={label}>
        not in their catalog
      </Text>
    );
  if (!price.unitPrice)
    return (
      <Text size="sm" c="dimmed" aria-label={label}>
        on request
      </Text>
    );
  return (
    <Text size="sm" aria-label={label} title={price.explanation ?? undefined}>
      {formatMoneyText(price.unitPrice)}
    </Text>
  );
}
