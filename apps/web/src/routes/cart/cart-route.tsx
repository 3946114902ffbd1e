import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { StatusBadge } from '../../components/status-badge';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { CartView_OrderFragment, SubmitCartMutation } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';
import { CartDetailsForm } from './cart-details-form';
import { CartLineRow } from './cart-line-row';
import { useSubmitCart, type CartDetails } from './use-submit-cart';
import { useServerClock } from '../../clock/server-clock';

export const CartView_OrderFragmentDoc = graphql(`
  fragment CartView_order on Order {
    id
    number
    status
    availableActions
    issues {
      code
      lineId
      message
    }
    lines {
      id
      ...CartLineRow_line
    }
    subtotal @include(if: $contractPrices) {
      amount
      currencyCode
    }
    adjustments @include(if: $contractPrices) {
      kind
      description
      amount {
        amount
        currencyCode
      }
    }
    portalSaving @include(if: $contractPrices)
    taxTotal @include(if: $contractPrices) {
      amount
      currencyCode
    }
    total @include(if: $contractPrices) {
      amount
      currencyCode
    }
    ...CartDetailsForm_order
  }
`);

export const CartDocument = graphql(`
  query Cart($contractPrices: Boolean!) {
    viewer {
      company {
        id
        addresses {
          id
          ...CartDetailsForm_address
        }
      }
      cart {
        id
        ...CartView_order
      }
    }
  }
`);

export function CartRoute() {
  return (
    <RequirePermission anyOf={['ORDERS_DRAFT', 'ORDERS_SUBMIT']} staff={false}>
      <Cart />
    </RequirePermission>
  );
}

type Submitted = NonNullable<SubmitCartMutation['submitOrder']['order']>;

export function Cart() {
  const { can } = useViewer();
  const contractPrices = can('PRICES_CONTRACT');
  const { data, error, refetch } = useQuery(CartDocument, { variables: { contractPrices } });
  const [submitted, setSubmitted] = useState<Submitted | null>(null);

  if (submitted) return <SubmittedResult order={submitted} onDismiss={() => setSubmitted(null)} />;
  if (!data) return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  const cart = data.viewer?.cart;
  if (!cart || cart.lines.length === 0) {
    return (
      <Stack>
        <PageHeader title="Cart" />
        <EmptyState
          title="Your cart is empty"
          description="Add products from the catalog, or paste a list of SKUs in quick order."
          action={
            <Group>
              <Button component={Link} to="/catalog">
                Browse the catalog
              </Button>
              <Button component={Link} to="/quick-order" variant="default">
                Quick order
              </Button>
            </Group>
          }
        />
      </Stack>
    );
  }
  return (
    <CartView
      order={cart}
      addresses={data.viewer?.company?.addresses ?? []}
      contractPrices={contractPrices}
      onSubmitted={setSubmitted}
    />
  );
}

function CartView({
  order,
  addresses,
  contractPrices,
  onSubmitted,
}: {
  order: CartView_OrderFragment;
  addresses: Parameters<typeof CartDetailsForm>[0]['addresses'];
  contractPrices: boolean;
  onSubmitted: (order: Submitted) => void;
}) {
  const { can } = useViewer();
  const { today } = useServerClock();
  const { submit, loading } = useSubmitCart();
  // What the buyer typed in the details form, saved or not: the submit carries it.
  const details = useRef<CartDetails | null>(null);
  const onDetails = useCallback((typed: CartDetails) => {
    details.current = typed;
  }, []);
  // Typed details not saved yet (a submit carries them; leaving the page would lose them).
  const [detailsDirty, setDetailsDirty] = useState(false);
  const [submitErrors, setSubmitErrors] = useState<string[]>([]);
  const [failedToReach, setFailedToReach] = useState(false);
  const editable = order.availableActions.includes('EDIT');
  const canSubmit = order.availableActions.includes('SUBMIT');
  const submitLabel = can('ORDERS_SUBMIT') ? 'Submit order' : 'Send for approval';
  const orderIssues = order.issues.filter((i) => !i.lineId);
  const lineIssues = (lineId: string) =>
    order.issues.filter((i) => i.lineId === lineId).map((i) => i.message);
  const blocked = order.issues.length > 0;

  async function onSubmit() {
    setSubmitErrors([]);
    setFailedToReach(false);
    try {
      const payload = await submit(order.id, editable ? details.current : null);
      if (payload?.order && payload.userErrors.length === 0) {
        onSubmitted(payload.order);
        return;
      }
      setSubmitErrors(payload?.userErrors.map((e) => e.message) ?? ['The order was not submitted.']);
    } catch (error) {
      setFailedToReach(true);
      setSubmitErrors([unexpectedErrorMessage(error)]);
    }
  }

  // The submit button with its errors: in the summary on wide screens, in the bar that stays at
  // the bottom of the viewport on phones (one of them is displayed at a time).
  const submitArea = (
    <Stack gap="xs">
      <UserErrorsAlert errors={submitErrors} />
      {canSubmit && (
        <Button
          size="md"
          fullWidth
          onClick={() => void onSubmit()}
          loading={loading}
          disabled={blocked}
          leftSection={<IconSend size={18} aria-hidden />}
        >
          {failedToReach ? `Retry: ${submitLabel.toLowerCase()}` : submitLabel}
        </Button>
      )}
      {loading && (
        <Text size="sm" role="status">
          Submitting {order.number}…
        </Text>
      )}
    </Stack>
  );

  return (
    <Stack>
      <UnsavedChangesPrompt
        when={editable && detailsDirty && !loading}
        what="The delivery and reference details you typed"
      />
      <PageHeader
        title="Cart"
        description={`Draft ${order.number} · ${order.lines.length} ${order.lines.length === 1 ? 'line' : 'lines'}`}
        actions={
          <Button component={Link} to="/quick-order" variant="default">
            Quick order
          </Button>
        }
      />
      {order.issues.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={`${order.issues.length} ${order.issues.length === 1 ? 'issue blocks' : 'issues block'} submitting`}
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          role="status"
        >
          <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: '1rem' }}>
            {order.issues.map((i) => (
              <li key={`${i.lineId ?? 'order'}-${i.code}-${i.message}`}>
                <Text size="sm">
                  {i.message}
                  {i.lineId ? ' (see the line below)' : ''}
                </Text>
              </li>
            ))}
          </Stack>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Lines
            </Title>
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {order.lines.map((line) => (
                <CartLineRow
                  key={`${line.id}-${line.quantity}-${line.unit.id}`}
                  orderId={order.id}
                  line={line}
                  issues={lineIssues(line.id)}
                  contractPrices={contractPrices}
                  editable={editable}
                />
              ))}
            </Stack>
            <Title order={2} size="h4" mt="md">
              Delivery and reference
            </Title>
            <CartDetailsForm
              order={order}
              addresses={addresses}
              contractPrices={contractPrices}
              disabled={!editable}
              today={today}
              onChange={onDetails}
              onDirtyChange={setDetailsDirty}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="cart-summary">
            <Stack gap="xs">
              <Title order={2} size="h4" id="cart-summary">
                Summary
              </Title>
              {contractPrices ? (
                <>
                  <Group justify="space-between">
                    <Text>Subtotal</Text>
                    <Money money={order.subtotal} />
                  </Group>
                  {order.adjustments?.map((adjustment) => (
                    <Group justify="space-between" key={adjustment.kind}>
                      <Text>{adjustment.description}</Text>
                      <Money money={adjustment.amount} />
                    </Group>
                  ))}
                  <Group justify="space-between">
                    <Text>Tax</Text>
                    <Money money={order.taxTotal} />
                  </Group>
                  <Group justify="space-between">
                    <Text fw={700}>Total</Text>
                    <Money money={order.total} fw={700} />
                  </Group>
                  {order.portalSaving && (
                    <Text size="sm" c="green.8" fw={500}>
                      {order.portalSaving}
                    </Text>
                  )}
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  Your company&apos;s contract prices are applied when the order is approved.
                </Text>
              )}
              {orderIssues.length === 0 && order.issues.length > 0 && (
                <Text size="sm" fw={500}>
                  Fix the lines marked above to submit.
                </Text>
              )}
              <Box visibleFrom="md">{submitArea}</Box>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <Box
        hiddenFrom="md"
        component="section"
        aria-label="Cart total"
        pos="sticky"
        bottom={0}
        py="sm"
        style={{
          zIndex: 2,
          background: 'var(--mantine-color-body)',
          borderTop: '1px solid var(--mantine-color-default-border)',
          boxShadow: '0 -4px 12px rgba(0, 0, 0, 0.08)',
        }}
      >
        <Stack gap="xs">
          {contractPrices ? (
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700}>Total</Text>
              <Money money={order.total} fw={700} />
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {order.lines.length} {order.lines.length === 1 ? 'line' : 'lines'}; contract prices apply on
              approval.
            </Text>
          )}
          {submitArea}
        </Stack>
      </Box>
    </Stack>
  );
}

function SubmittedResult({ order, onDismiss }: { order: Submitted; onDismiss: () => void }) {
  const pending = order.status === 'PENDING_APPROVAL';
  return (
    <Stack maw={720}>
      <PageHeader title={pending ? 'Sent for approval' : 'Order placed'} />
      <Card withBorder padding="lg" role="status" aria-labelledby="submit-result">
        <Stack gap="xs">
          <Group gap="xs" wrap="nowrap">
            <IconCircleCheck
              size={28}
              aria-hidden
              color={pending ? 'var(--mantine-color-blue-8)' : 'var(--mantine-color-green-8)'}
            />
            <Title order={2} size="h4" id="submit-result">
              {pending
                ? `${order.number} is waiting for approval`
                : `Thank you: order ${order.number} is placed`}
            </Title>
          </Group>
          <Group gap="xs">
            <Text size="sm">Status:</Text>
            <StatusBadge status={order.status} />
          </Group>
          {pending && order.approval && <Text size="sm">Why: {order.approval.reason}</Text>}
          <Group>
            <Anchor component={Link} to={`/orders/${order.id}`}>
              View order {order.number}
            </Anchor>
            <Anchor component="button" type="button" onClick={onDismiss}>
              Start a new cart
            </Anchor>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
