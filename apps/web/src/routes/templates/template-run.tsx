import { useMutation, useQuery } from '@apollo/client/react';
import { dec } from '@portal/domain';
import { Alert, Anchor, Button, Group, List, Loader, Modal, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Money } from '../../components/money';
import { Link } from 'react-router';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { DraftDestination } from '../../gql/graphql';
import { DraftDestinationModal } from '../cart/draft-destination-modal';
import { useViewer } from '../../viewer/viewer-context';
import { newIdempotencyKey } from '../../lib/idempotency-key';

export const OrderFromTemplateDocument = graphql(`
  mutation OrderFromTemplate($input: OrderFromTemplateInput!) {
    orderFromTemplate(input: $input) {
      order {
        id
        number
        status
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const TemplateEstimateDocument = graphql(`
  query TemplateEstimate($id: ID!, $withPrices: Boolean!) {
    node(id: $id) {
      id
      ... on OrderTemplate {
        estimate {
          lines {
            product {
              id
              sku
              name
            }
            quantity
            unit {
              id
              symbol
            }
            unitPrice @include(if: $withPrices) {
              amount
              currencyCode
            }
            lineTotal @include(if: $withPrices) {
              amount
              currencyCode
            }
            issues {
              code
              message
            }
          }
          subtotal @include(if: $withPrices) {
            amount
            currencyCode
          }
          adjustmentTotal @include(if: $withPrices) {
            amount
            currencyCode
          }
          taxTotal @include(if: $withPrices) {
            amount
            currencyCode
          }
          total @include(if: $withPrices) {
            amount
            currencyCode
          }
          issues {
            code
            message
          }
        }
      }
    }
  }
`);

interface Outcome {
  order?: { id: string; number: string; status: string };
  submitted: boolean;
  into?: DraftDestination | null;
  errors: string[];
}

/** One-click "Place order" (submit: true, idempotent) and "Make a draft" for a template. */
export function TemplateRunButtons({
  templateId,
  templateName,
}: {
  templateId: string;
  templateName: string;
}) {
  const { can } = useViewer();
  const [run] = useMutation(OrderFromTemplateDocument, { refetchQueries: ['OrderTemplates', 'CartId'] });
  // One key per attempt: a retry after a network error reuses it and never places a second order.
  const [key, setKey] = useState(newIdempotencyKey);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, { open: openConfirm, close: closeConfirm }] = useDisclosure(false);
  const [placing, setPlacing] = useState(false);
  const [choosing, { open: openChoice, close: closeChoice }] = useDisclosure(false);
  const [drafting, setDrafting] = useState(false);

  async function draft(into: DraftDestination) {
    closeChoice();
    setDrafting(true);
    try {
      await go(false, into);
    } finally {
      setDrafting(false);
    }
  }

  async function place() {
    closeConfirm();
    setPlacing(true);
    try {
      await go(true);
    } finally {
      setPlacing(false);
    }
  }

  async function go(submit: boolean, into: DraftDestination | null = null) {
    setOutcome(null);
    try {
      const { data } = await run({
        variables: { input: { templateId, submit, idempotencyKey: submit ? key : null, into } },
      });
      const payload = data?.orderFromTemplate;
      if (payload?.order && payload.userErrors.length === 0) setKey(newIdempotencyKey());
      setOutcome({
        order: payload?.order ?? undefined,
        submitted: submit,
        into,
        errors: payload?.userErrors.map((e) => e.message) ?? [],
      });
    } catch (error) {
      setOutcome({ submitted: submit, errors: [unexpectedErrorMessage(error)] });
    }
  }

  return (
    <>
      <Group gap="xs" wrap="wrap">
        {can('ORDERS_SUBMIT') && (
          <Button
            size="xs"
            loading={placing}
            onClick={openConfirm}
            aria-label={`Place order from ${templateName}`}
            aria-live="polite"
          >
            {placing ? 'Placing…' : 'Place order'}
          </Button>
        )}
        {can('ORDERS_DRAFT') && (
          <Button
            size="xs"
            variant="default"
            loading={drafting}
            onClick={openChoice}
            aria-label={`Make a draft from ${templateName}`}
            aria-live="polite"
          >
            {drafting ? 'Drafting…' : 'Make a draft'}
          </Button>
        )}
      </Group>
      <Modal
        opened={confirming}
        onClose={closeConfirm}
        title={`Place order from ${templateName}?`}
        size="lg"
        centered
      >
        {confirming && <TemplateEstimate templateId={templateId} onCancel={closeConfirm} onPlace={place} />}
      </Modal>
      <DraftDestinationModal
        opened={choosing}
        title={`Draft from ${templateName}`}
        onClose={closeChoice}
        onChoose={(into) => void draft(into)}
      />
      {outcome && (
        <div role="status" style={{ marginTop: 8 }}>
          {outcome.errors.length > 0 ? (
            <UserErrorsAlert
              errors={outcome.errors}
              title={outcome.order ? 'Created with problems' : 'Not created'}
            />
          ) : null}
          {outcome.order && (
            <Alert color="teal" variant="outline" p="xs">
              {outcome.submitted && outcome.order.status !== 'DRAFT'
                ? 'Placed '
                : outcome.into === 'CART'
                  ? 'Added to your cart '
                  : 'Draft '}
              <Anchor component={Link} to={`/orders/${outcome.order.id}`}>
                {outcome.order.number}
              </Anchor>
              {outcome.order.status === 'PENDING_APPROVAL' ? ' (sent for approval)' : ''}
            </Alert>
          )}
          {!outcome.order && outcome.errors.length === 0 && (
            <Button size="xs" variant="subtle" onClick={() => setOutcome(null)}>
              Dismiss
            </Button>
          )}
        </div>
      )}
    </>
  );
}

/**
 * What "Place order" will order, priced by the server for the viewer's company today (never in
 * the browser): each line's SKU, name, quantity and unit, and the total with tax for viewers who
 * see contract prices. Placing is offered only when nothing blocks it.
 */
export function TemplateEstimate({
  templateId,
  onCancel,
  onPlace,
}: {
  templateId: string;
  onCancel: () => void;
  onPlace: () => void;
}) {
  const { can } = useViewer();
  const withPrices = can('PRICES_CONTRACT');
  const { data, loading, error } = useQuery(TemplateEstimateDocument, {
    variables: { id: templateId, withPrices },
    fetchPolicy: 'network-only',
  });
  const node = data?.node;
  const estimate = node && 'estimate' in node ? node.estimate : null;
  const issues = estimate
    ? [
        ...estimate.lines.flatMap((l) => l.issues.map((i) => i.message)),
        ...estimate.issues.map((i) => i.message),
      ]
    : [];

  return (
    <>
      {loading && <Loader size="sm" aria-label="Pricing the template" />}
      {error && (
        <UserErrorsAlert errors={[unexpectedErrorMessage(error)]} title="Could not price the template" />
      )}
      {!loading && !error && !estimate && <Text>This template cannot be ordered by you.</Text>}
      {estimate && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {withPrices
              ? 'At your contract prices today, with tax at your default ship-to.'
              : 'These lines will be ordered.'}
          </Text>
          <Table.ScrollContainer minWidth={420}>
            <Table aria-label="Lines to order" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>SKU</Table.Th>
                  <Table.Th>Product</Table.Th>
                  <Table.Th ta="right">Quantity</Table.Th>
                  {withPrices && <Table.Th ta="right">Unit price</Table.Th>}
                  {withPrices && <Table.Th ta="right">Line total</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {estimate.lines.map((line, i) => (
                  <Table.Tr key={`${line.product.id}-${i}`}>
                    <Table.Td>{line.product.sku}</Table.Td>
                    <Table.Td>{line.product.name}</Table.Td>
                    <Table.Td ta="right">
                      {line.quantity} {line.unit.symbol}
                    </Table.Td>
                    {withPrices && (
                      <Table.Td ta="right">
                        <Money money={line.unitPrice} size="sm" />
                      </Table.Td>
                    )}
                    {withPrices && (
                      <Table.Td ta="right">
                        <Money money={line.lineTotal} size="sm" />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {withPrices && (
            <Table aria-label="Order total" mt="xs" withRowBorders={false}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>Subtotal</Table.Td>
                  <Table.Td ta="right">
                    <Money money={estimate.subtotal} size="sm" />
                  </Table.Td>
                </Table.Tr>
                {estimate.adjustmentTotal && !dec(estimate.adjustmentTotal.amount).isZero() && (
                  <Table.Tr>
                    <Table.Td>Adjustments</Table.Td>
                    <Table.Td ta="right">
                      <Money money={estimate.adjustmentTotal} size="sm" />
                    </Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr>
                  <Table.Td>Tax</Table.Td>
                  <Table.Td ta="right">
                    <Money money={estimate.taxTotal} size="sm" />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td fw={700}>Total</Table.Td>
                  <Table.Td ta="right">
                    <Money money={estimate.total} size="sm" fw={700} />
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
          {issues.length > 0 && (
            <Alert color="red" variant="light" mt="sm" title="This order cannot be placed as it is">
              <List size="sm">
                {issues.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                Make a draft to fix the lines, or edit the template.
              </Text>
            </Alert>
          )}
        </>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={onPlace} disabled={!estimate || issues.length > 0}>
          Place order
        </Button>
      </Group>
    </>
  );
}
