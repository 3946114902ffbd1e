import { formatDecimal } from '@portal/domain';
import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Card,
  Grid,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { DocumentLink } from '../../components/document-link';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { OrderPageQuery } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';
import { formatDate, formatDateTime } from '../../lib/format-date';
import { OrderActions } from './order-actions';
import { OrderLines } from './order-lines';
import { OrderTimeline } from './order-timeline';
import { ReorderChanges, type ReorderChangeValue } from './reorder-changes';
import { ActiveCartControl } from '../cart/active-cart-control';
import { CartIdDocument } from '../catalog/use-add-to-cart';

export const OrderPageDocument = graphql(`
  query OrderPage($id: ID, $number: String, $withPrices: Boolean!, $withInvoices: Boolean!) {
    order(id: $id, number: $number) {
      id
      number
      status
      purchaseOrderNumber
      requestedDeliveryDate
      createdAt
      submittedAt
      notes
      issues {
        code
        message
        lineId
      }
      createdBy {
        id
        name
      }
      sourceOrder {
        id
        number
      }
      shippingAddress {
        id
        label
        line1
        city
        postalCode
        countryCode
      }
      approval {
        status
        reason
        comment
        decidedAt
        decidedBy {
          id
          name
        }
        requestedBy {
          id
          name
        }
      }
      quote {
        revision
        sentAt
        validUntil
        acceptedAt
        signedByName
      }
      expectedShipDate
      shipments {
        id
        lines {
          sku
          quantity
          unit {
            id
            symbol
          }
        }
        carrier
        trackingNumber
        trackingUrl
        billOfLadingNumber
        expectedShipDate
        shippedAt
        deliveredAt
      }
      documents {
        id
        title
        kind
      }
      invoices @include(if: $withInvoices) {
        id
        number
        status
        total {
          amount
          currencyCode
        }
      }
      ...OrderTimeline_order
      ...OrderLines_order
      ...OrderActions_order
      ...ReorderChanges_order
    }
  }
`);

interface ReorderState {
  reorderChanges?: ReorderChangeValue[];
  reorderedFrom?: string;
}

export function OrderRoute() {
  return (
    <RequirePermission anyOf={['ORDERS_READ_COMPANY', 'ORDERS_READ_OWN', 'ORDERS_APPROVE']}>
      <OrderPage />
    </RequirePermission>
  );
}

type PageOrder = NonNullable<OrderPageQuery['order']>;

/** An order number as documents and e-mails print it: SO-000107, DR-000012. */
const ORDER_NUMBER = /^[A-Z]{2,4}-\d+$/;

function OrderPage() {
  const { orderId = '' } = useParams();
  const location = useLocation();
  const reorder = (location.state ?? {}) as ReorderState;
  const { can, canAny, isStaff, viewer } = useViewer();
  const [actionErrors, setActionErrors] = useState<string[]>([]);
  // E-mails link by order number (/orders/SO-000107); the SPA links by id.
  const byNumber = ORDER_NUMBER.test(orderId);
  const cart = useQuery(CartIdDocument, { skip: isStaff || !can('ORDERS_DRAFT') });
  const { data, error, refetch } = useQuery(OrderPageDocument, {
    variables: {
      id: byNumber ? null : orderId,
      number: byNumber ? orderId : null,
      withPrices: can('PRICES_CONTRACT'),
      withInvoices: canAny(['INVOICES_READ_COMPANY', 'INVOICES_READ_OWN', 'INVOICES_SUMMARY']),
    },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  const order = data.order;
  if (!order) {
    return (
      <EmptyState
        title="Order not found"
        description="It does not exist or you may not see it."
        action={
          <Anchor component={Link} to="/orders">
            Back to orders
          </Anchor>
        }
      />
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Order ${order.number}`}
        badge={<StatusBadge status={order.status} />}
        description={
          <>
            Created {formatDateTime(order.createdAt)}
            {order.createdBy ? ` by ${order.createdBy.name}` : ''}
            {order.sourceOrder && (
              <>
                {' · reorder of '}
                <Anchor component={Link} to={`/orders/${order.sourceOrder.id}`} underline="always">
                  {order.sourceOrder.number}
                </Anchor>
              </>
            )}
          </>
        }
        actions={
          <Group gap="xs">
            {order.status === 'DRAFT' && !isStaff && order.createdBy?.id === viewer.user?.id && (
              <ActiveCartControl orderId={order.id} onErrors={setActionErrors} />
            )}
            <OrderActions key={order.id} order={order} onErrors={setActionErrors} />
          </Group>
        }
      />
      {actionErrors.length > 0 && (
        <div role="alert">
          <UserErrorsAlert errors={actionErrors} title="That did not work" />
        </div>
      )}
      {order.status === 'DRAFT' && order.issues.length > 0 && (
        <UserErrorsAlert
          errors={order.issues.map((i) => i.message)}
          title={
            order.issues.length === 1
              ? '1 issue blocks submitting'
              : `${order.issues.length} issues block submitting`
          }
        />
      )}
      {reorder.reorderChanges && order.status === 'DRAFT' && (
        <ReorderChanges
          changes={reorder.reorderChanges}
          order={order}
          cartLink={can('ORDERS_DRAFT') || can('ORDERS_SUBMIT')}
          isCart={cart.data?.viewer?.cart?.id === order.id}
        />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Details order={order} />
            {order.shipments.length > 0 && <Shipments order={order} />}
            <Card withBorder>
              <OrderLines order={order} />
            </Card>
            {order.shipments.length === 0 && <Shipments order={order} />}
            <Papers order={order} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {order.approval && order.status === 'PENDING_APPROVAL' && (
              <ApprovalCard approval={order.approval} />
            )}
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                Status timeline
              </Title>
              <OrderTimeline order={order} />
            </Card>
            {order.approval && order.status !== 'PENDING_APPROVAL' && (
              <ApprovalCard approval={order.approval} />
            )}
            {order.quote && <QuoteCard quote={order.quote} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

function Details({ order }: { order: PageOrder }) {
  const a = order.shippingAddress;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
        <Field label="PO number">{order.purchaseOrderNumber ?? '—'}</Field>
        <Field label="Submitted">{formatDateTime(order.submittedAt)}</Field>
        <Field label="Requested delivery">{formatDate(order.requestedDeliveryDate)}</Field>
        <Field label="Ship to">
          {a
            ? `${a.label ? `${a.label}, ` : ''}${a.line1}, ${a.postalCode} ${a.city}, ${a.countryCode}`
            : '—'}
        </Field>
        {order.total && (
          <Field label="Total">
            <Money money={order.total} fw={700} />
          </Field>
        )}
        {order.notes && <Field label="Notes">{order.notes}</Field>}
      </SimpleGrid>
    </Card>
  );
}

function ApprovalCard({ approval }: { approval: NonNullable<PageOrder['approval']> }) {
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Approval
        </Title>
        <StatusBadge status={approval.status} size="sm" />
      </Group>
      <Stack gap="xs">
        <Field label="Reason">{approval.reason}</Field>
        {approval.requestedBy && <Field label="Requested by">{approval.requestedBy.name}</Field>}
        {approval.decidedBy && (
          <Field label="Decided">
            {approval.decidedBy.name}, {formatDateTime(approval.decidedAt)}
          </Field>
        )}
        {approval.comment && <Field label="Comment">{approval.comment}</Field>}
      </Stack>
    </Card>
  );
}

function QuoteCard({ quote }: { quote: NonNullable<PageOrder['quote']> }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Quote
      </Title>
      <Stack gap="xs">
        <Field label="Revision">{quote.revision}</Field>
        <Field label="Sent">{formatDateTime(quote.sentAt)}</Field>
        <Field label="Valid until">{formatDate(quote.validUntil)}</Field>
        {quote.acceptedAt && (
          <Field label="Accepted">
            {formatDateTime(quote.acceptedAt)}
            {quote.signedByName ? `, signed by ${quote.signedByName}` : ''}
          </Field>
        )}
      </Stack>
    </Card>
  );
}

function Shipments({ order }: { order: PageOrder }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Shipments
      </Title>
      {order.expectedShipDate && order.status === 'IN_PROGRESS' && (
        <Text mb="sm">
          {order.shipments.length ? 'The rest is' : 'Expected to ship on'}{' '}
          {order.shipments.length
            ? `expected to ship on ${formatDate(order.expectedShipDate)}`
            : formatDate(order.expectedShipDate)}
          .
        </Text>
      )}
      {order.shipments.length === 0 ? (
        <Text c="dimmed">Nothing shipped yet.</Text>
      ) : (
        <Stack gap="sm">
          {order.shipments.map((s) => (
            <SimpleGrid key={s.id} cols={{ base: 2, lg: 4 }} spacing="sm">
              <Field label="Carrier">{s.carrier ?? '—'}</Field>
              <Field label="Tracking">
                {s.trackingUrl ? (
                  <Anchor
                    href={s.trackingUrl}
                    target="_blank"
                    rel="noreferrer"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {s.trackingNumber ?? 'Track shipment'}
                    <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                  </Anchor>
                ) : (
                  (s.trackingNumber ?? '—')
                )}
              </Field>
              <Field label="Shipped">
                {s.shippedAt ? formatDateTime(s.shippedAt) : `expected ${formatDate(s.expectedShipDate)}`}
              </Field>
              <Field label="Delivered">{formatDateTime(s.deliveredAt)}</Field>
              {s.lines.length > 0 && (
                <Field label="Contents">
                  {s.lines
                    .map((l) => `${l.sku} ${formatDecimal(l.quantity)} ${l.unit?.symbol ?? ''}`.trim())
                    .join(', ')}
                </Field>
              )}
            </SimpleGrid>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function Papers({ order }: { order: PageOrder }) {
  const invoices = order.invoices ?? [];
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Title order={2} size="h4" mb="sm">
            Documents
          </Title>
          {order.documents.length === 0 ? (
            <Text c="dimmed">No documents yet.</Text>
          ) : (
            <List listStyleType="none" spacing={4}>
              {order.documents.map((d) => (
                <List.Item key={d.id}>
                  <DocumentLink documentId={d.id}>{d.title}</DocumentLink>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        {order.invoices != null && (
          <div>
            <Title order={2} size="h4" mb="sm">
              Invoices
            </Title>
            {invoices.length === 0 ? (
              <Text c="dimmed">Not invoiced yet.</Text>
            ) : (
              <List listStyleType="none" spacing={4}>
                {invoices.map((inv) => (
                  <List.Item key={inv.id}>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/invoices/${inv.id}`}>
                        {inv.number}
                      </Anchor>
                      <StatusBadge status={inv.status} size="sm" />
                      <Money money={inv.total} size="sm" />
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        )}
      </SimpleGrid>
    </Card>
  );
}
