import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage, type UserErrorFields } from '../../components/user-errors';
import { graphql } from '../../gql';
import { newIdempotencyKey } from '../../lib/idempotency-key';
import { notifySuccess } from '../../lib/notify';
import { QUANTITY_RULE, decimalInputError } from '../../lib/decimal-input';
import type {
  OrderChannel,
  PhoneOrderCompanies_CompanyFragment,
  PhoneOrderReview_OrderFragment,
} from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { addressLabel } from '../cart/cart-details-form';

export const PhoneOrderCompanies_CompanyFragmentDoc = graphql(`
  fragment PhoneOrderCompanies_company on Company {
    id
    name
    currencyCode
    incentives {
      phoneOrderSurcharge {
        amount
        currencyCode
      }
    }
    addresses {
      id
      isDefaultShipping
      ...CartDetailsForm_address
    }
  }
`);

export const PhoneOrderCompaniesDocument = graphql(`
  query PhoneOrderCompanies($search: String) {
    companies(first: 25, search: $search) {
      edges {
        node {
          id
          ...PhoneOrderCompanies_company
        }
      }
    }
  }
`);

export const PhoneOrderReview_OrderFragmentDoc = graphql(`
  fragment PhoneOrderReview_order on Order {
    id
    number
    shippingAddress {
      id
      formatted
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
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
    subtotal {
      amount
      currencyCode
    }
    adjustments {
      kind
      description
      amount {
        amount
        currencyCode
      }
    }
    taxTotal {
      amount
      currencyCode
    }
    total {
      amount
      currencyCode
    }
    issues {
      code
      message
    }
  }
`);

export const CreatePhoneOrderDocument = graphql(`
  mutation CreatePhoneOrder($input: CreateDraftOrderInput!) {
    createDraftOrder(input: $input) {
      order {
        id
        ...PhoneOrderReview_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const ShipPhoneOrderToDocument = graphql(`
  mutation ShipPhoneOrderTo($input: UpdateOrderDetailsInput!) {
    updateOrderDetails(input: $input) {
      order {
        id
        ...PhoneOrderReview_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const SubmitPhoneOrderDocument = graphql(`
  mutation SubmitPhoneOrder($input: SubmitOrderInput!) {
    submitOrder(input: $input) {
      order {
        id
        number
        status
        channel
        shippingAddress {
          id
          formatted
        }
        adjustments {
          kind
          description
          amount {
            amount
            currencyCode
          }
        }
        total {
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

export const RemovePhoneOrderLinesDocument = graphql(`
  mutation RemovePhoneOrderLines($input: RemoveOrderLinesInput!) {
    removeOrderLines(input: $input) {
      order {
        id
        ...PhoneOrderReview_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const AddPhoneOrderLinesDocument = graphql(`
  mutation AddPhoneOrderLines($input: AddOrderLinesInput!) {
    addOrderLines(input: $input) {
      order {
        id
        ...PhoneOrderReview_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const DiscardPhoneOrderDraftDocument = graphql(`
  mutation DiscardPhoneOrderDraft($input: OrderActionInput!) {
    cancelOrder(input: $input) {
      order {
        id
        status
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

interface LineDraft {
  key: number;
  sku: string;
  quantity: string;
}

export function PhoneOrderRoute() {
  return (
    <RequirePermission anyOf="ORDERS_SUBMIT" staff>
      <RequirePermission anyOf="CUSTOMERS_MANAGE">
        <PhoneOrderForm />
      </RequirePermission>
    </RequirePermission>
  );
}

export function phoneOrderFieldNames(lineCount: number): string[] {
  const names = ['companyId', 'channel', 'purchaseOrderNumber', 'shippingAddressId', 'lines'];
  for (let i = 0; i < lineCount; i += 1)
    names.push(
      `lines.${i}`,
      `lines.${i}.sku`,
      `lines.${i}.productId`,
      `lines.${i}.quantity`,
      `lines.${i}.unitId`,
    );
  return names;
}

export function PhoneOrderForm() {
  const [companySearch, setCompanySearch] = useState('');
  const [debounced] = useDebouncedValue(companySearch.trim(), 250);
  const [company, setCompany] = useState<PhoneOrderCompanies_CompanyFragment | null>(null);
  const companies = useQuery(PhoneOrderCompaniesDocument, {
    variables: { search: debounced && debounced !== company?.name ? debounced : undefined },
  });
  const found = useMemo(() => companies.data?.companies.edges.map((e) => e.node) ?? [], [companies.data]);
  const [channel, setChannel] = useState<OrderChannel>('PHONE');
  const [po, setPo] = useState('');
  // The ship-to: the customer's default shipping address unless staff pick another.
  const [shipTo, setShipTo] = useState<string | null>(null);
  const chooseCompany = (next: PhoneOrderCompanies_CompanyFragment | null) => {
    setCompany(next);
    const addresses = next?.addresses ?? [];
    setShipTo((addresses.find((a) => a.isDefaultShipping) ?? addresses[0])?.id ?? null);
  };
  // Row keys for React: a counter, so a new row never reuses the key of a removed one.
  const nextKey = useRef(1);
  const newLine = (): LineDraft => ({ key: nextKey.current++, sku: '', quantity: '' });
  const [lines, setLines] = useState<LineDraft[]>(() => [newLine()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [placed, setPlaced] = useState<{
    number: string;
    shipTo: readonly string[] | null;
    total: { amount: string; currencyCode: string } | null;
    adjustments: { kind: string; description: string; amount: { amount: string; currencyCode: string } }[];
  } | null>(null);
  // The draft priced by the server for the customer, shown for confirmation before it is placed;
  // one idempotency key per review, so a retry after a network error never places it twice.
  const [review, setReview] = useState<{ order: PhoneOrderReview_OrderFragment; key: string } | null>(null);
  const [createDraft, creating] = useMutation(CreatePhoneOrderDocument);
  const [shipDraftTo, shipping] = useMutation(ShipPhoneOrderToDocument);
  const [submitOrder, submitting] = useMutation(SubmitPhoneOrderDocument);
  const [discardDraft, discarding] = useMutation(DiscardPhoneOrderDraftDocument);
  const [removeLines, removing] = useMutation(RemovePhoneOrderLinesDocument);
  const [addLines, adding] = useMutation(AddPhoneOrderLinesDocument);
  // The draft "Change lines" went back from: the next review writes the lines into it (no
  // cancelled draft left in the customer's history), unless the customer or channel changed.
  const [kept, setKept] = useState<{
    order: PhoneOrderReview_OrderFragment;
    companyId: string;
    channel: OrderChannel;
  } | null>(null);
  const busy =
    creating.loading ||
    shipping.loading ||
    submitting.loading ||
    discarding.loading ||
    removing.loading ||
    adding.loading;

  function setLine(index: number, patch: Partial<LineDraft>) {
    setLines((ls) => ls.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  }

  function validate(): Record<string, string> {
    const e: Record<string, string> = {};
    if (!company) e.companyId = 'Choose the customer.';
    const filled = lines.filter((l) => l.sku.trim() || l.quantity.trim());
    if (filled.length === 0) e.lines = 'Enter at least one line.';
    lines.forEach((l, i) => {
      if (!l.sku.trim() && !l.quantity.trim()) return;
      if (!l.sku.trim()) e[`lines.${i}.sku`] = 'Enter the SKU.';
      const quantityError = decimalInputError(l.quantity, QUANTITY_RULE, 'Enter a quantity greater than 0.');
      if (quantityError) e[`lines.${i}.quantity`] = quantityError;
    });
    return e;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    setPlaced(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length > 0 || !company) return;
    const sent = lines.filter((l) => l.sku.trim() || l.quantity.trim());
    try {
      const draft = await writeDraft(
        company.id,
        sent.map((l) => ({ sku: l.sku.trim(), quantity: l.quantity.trim() })),
      );
      if (!draft) throw new Error('no payload');
      if (draft.userErrors.length > 0 || !draft.order) {
        // Lines were sent without the blank ones: map their indexes back to the form's.
        const indexOf = sent.map((l) => lines.indexOf(l));
        const remapped = draft.userErrors.map((u) => {
          const path = u.field?.[0] === 'input' ? u.field.slice(1) : (u.field ?? []);
          if (path[0] === 'lines' && path[1] !== undefined) {
            const form = indexOf[Number(path[1])];
            const sub = path[2] === 'productId' || path[2] === undefined ? 'sku' : path[2];
            return { ...u, field: ['lines', String(form), sub] };
          }
          return u;
        });
        const split = splitUserErrors(remapped, phoneOrderFieldNames(lines.length));
        setErrors(split.fields as Record<string, string>);
        setFormErrors(split.form);
        return;
      }
      // The ship-to picked (its tax) before the review, so the total shown is the one placed.
      let reviewed = draft.order;
      if (shipTo && !draft.detailsWritten) {
        const shipped = (
          await shipDraftTo({ variables: { input: { orderId: draft.order.id, shippingAddressId: shipTo } } })
        ).data?.updateOrderDetails;
        if (!shipped) throw new Error('no payload');
        if (shipped.userErrors.length > 0 || !shipped.order) {
          const split = splitUserErrors(shipped.userErrors, phoneOrderFieldNames(lines.length));
          setErrors(split.fields as Record<string, string>);
          setFormErrors([`Draft ${draft.order.number} was saved; its ship-to was not:`, ...split.form]);
          return;
        }
        reviewed = shipped.order;
      }
      setReview({ order: reviewed, key: newIdempotencyKey() });
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  /**
   * The draft to review: the kept one (after "Change lines") with its lines replaced and its PO
   * number and ship-to written, else a new one. A kept draft of another customer or channel is
   * cancelled first (it can no longer be reused).
   */
  async function writeDraft(
    companyId: string,
    sent: { sku: string; quantity: string }[],
  ): Promise<{
    order: PhoneOrderReview_OrderFragment | null | undefined;
    userErrors: readonly UserErrorFields[];
    detailsWritten: boolean;
  } | null> {
    if (kept && kept.companyId === companyId && kept.channel === channel) {
      const orderId = kept.order.id;
      if (kept.order.lines.length > 0) {
        const removed = (
          await removeLines({ variables: { input: { orderId, lineIds: kept.order.lines.map((l) => l.id) } } })
        ).data?.removeOrderLines;
        if (!removed) return null;
        if (removed.userErrors.length > 0 || !removed.order)
          return { order: null, userErrors: removed.userErrors, detailsWritten: false };
        setKept({ ...kept, order: removed.order });
      }
      const added = (await addLines({ variables: { input: { orderId, lines: sent } } })).data?.addOrderLines;
      if (!added) return null;
      if (added.userErrors.length > 0 || !added.order)
        return { order: null, userErrors: added.userErrors, detailsWritten: false };
      const details = (
        await shipDraftTo({
          variables: {
            input: {
              orderId,
              purchaseOrderNumber: po.trim() || null,
              ...(shipTo ? { shippingAddressId: shipTo } : {}),
            },
          },
        })
      ).data?.updateOrderDetails;
      if (!details) return null;
      if (details.userErrors.length > 0 || !details.order)
        return { order: null, userErrors: details.userErrors, detailsWritten: true };
      setKept(null);
      return { order: details.order, userErrors: [], detailsWritten: true };
    }
    if (kept) {
      await discardDraft({
        variables: {
          input: { orderId: kept.order.id, comment: 'Customer or channel changed before placing' },
        },
      });
      setKept(null);
    }
    const created = (
      await createDraft({
        variables: {
          input: { companyId, channel, purchaseOrderNumber: po.trim() || undefined, lines: sent },
        },
      })
    ).data?.createDraftOrder;
    return created ? { ...created, detailsWritten: false } : null;
  }

  /** Places the reviewed draft (the same checks as any submit). */
  async function place() {
    if (!review || !company) return;
    setFormErrors([]);
    try {
      const submitted = (
        await submitOrder({
          variables: { input: { orderId: review.order.id, idempotencyKey: review.key } },
        })
      ).data?.submitOrder;
      if (!submitted) throw new Error('no payload');
      if (submitted.userErrors.length > 0 || !submitted.order) {
        setFormErrors([
          `Order ${review.order.number} was saved as a draft but not submitted:`,
          ...submitted.userErrors.map((u) => u.message),
        ]);
        return;
      }
      setPlaced({
        number: submitted.order.number,
        shipTo: submitted.order.shippingAddress?.formatted ?? null,
        total: submitted.order.total,
        adjustments: submitted.order.adjustments ?? [],
      });
      notifySuccess(`Order ${submitted.order.number} placed for ${company.name}.`);
      setReview(null);
      setLines([newLine()]);
      setPo('');
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  /**
   * Back to the lines: the reviewed draft is kept, and the next review writes the changed lines
   * into it (so no cancelled draft is left in the customer's order history).
   */
  function changeLines() {
    if (!review || !company) return;
    setFormErrors([]);
    setKept({ order: review.order, companyId: company.id, channel });
    setReview(null);
  }

  const options = useMemo(() => {
    const all = company && !found.some((c) => c.id === company.id) ? [company, ...found] : found;
    return all.map((c) => ({ value: c.id, label: c.name }));
  }, [found, company]);

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Phone order">
      <PageHeader
        title="Phone order"
        description="Enter an order a customer placed by phone or e-mail; it is priced with their contract."
      />
      <Stack gap="md" maw={760}>
        <fieldset disabled={review !== null} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            {placed && (
              <Alert
                color="green"
                role="status"
                title={
                  <Text component="span" fw={700} size="sm" c="var(--mantine-color-text)">
                    Order {placed.number} placed
                  </Text>
                }
              >
                {placed.adjustments.map((a) => (
                  <Text key={a.kind} size="sm">
                    {a.description}: <Money money={a.amount} />
                  </Text>
                ))}
                {placed.shipTo && <Text size="sm">Ships to {placed.shipTo.join(', ')}.</Text>}
                Total <Money money={placed.total} fw={700} />. The customer gets the order confirmation by
                e-mail.
              </Alert>
            )}
            <UserErrorsAlert errors={formErrors} />
            <Select
              label="Customer"
              placeholder="Search companies"
              searchable
              data={options}
              value={company?.id ?? null}
              searchValue={companySearch}
              onSearchChange={setCompanySearch}
              onChange={(id) => chooseCompany([company, ...found].find((c) => c?.id === id) ?? null)}
              filter={({ options: all }) => all}
              nothingFoundMessage={companies.loading ? 'Searching…' : 'No companies found'}
              rightSection={companies.loading ? <Loader size="xs" aria-label="Searching" /> : undefined}
              error={errors.companyId}
            />
            {company?.incentives?.phoneOrderSurcharge && (
              <Text size="sm" role="note">
                Phone and e-mail orders for {company.name} carry a surcharge of{' '}
                <Money money={company.incentives.phoneOrderSurcharge} /> (none when they order in the portal).
              </Text>
            )}
            {company && (
              <Select
                label="Ship to"
                description="The customer's default shipping address unless you pick another; the tax follows it."
                data={company.addresses.map((a) => ({ value: a.id, label: addressLabel(a) }))}
                value={shipTo}
                onChange={setShipTo}
                allowDeselect={false}
                placeholder={company.addresses.length ? 'Choose an address' : 'The customer has no address'}
                error={errors.shippingAddressId}
              />
            )}
            <div>
              <Text component="label" id="channel-label" size="sm" fw={500} display="block" mb={4}>
                Received by
              </Text>
              <SegmentedControl
                aria-labelledby="channel-label"
                value={channel}
                onChange={(v) => setChannel(v as OrderChannel)}
                data={[
                  { value: 'PHONE', label: 'Phone' },
                  { value: 'EMAIL', label: 'E-mail' },
                ]}
              />
              {errors.channel && (
                <Text c="red.8" size="sm">
                  {errors.channel}
                </Text>
              )}
            </div>
            <TextInput
              label="Customer's PO number (optional)"
              name="purchaseOrderNumber"
              value={po}
              onChange={(e) => setPo(e.currentTarget.value)}
              error={errors.purchaseOrderNumber}
            />
            <Card withBorder padding="md">
              <Title order={2} size="h4" mb="sm">
                Lines
              </Title>
              {errors.lines && (
                <Text c="red.8" size="sm" role="alert" mb="xs">
                  {errors.lines}
                </Text>
              )}
              <Stack gap="xs">
                {lines.map((line, i) => (
                  <Group key={line.key} align="flex-start" gap="xs" wrap="nowrap">
                    <TextInput
                      label={`Line ${i + 1} SKU`}
                      value={line.sku}
                      onChange={(e) => setLine(i, { sku: e.currentTarget.value })}
                      error={errors[`lines.${i}.sku`] ?? errors[`lines.${i}`] ?? errors[`lines.${i}.unitId`]}
                      style={{ flex: 2 }}
                    />
                    <TextInput
                      label={`Line ${i + 1} quantity`}
                      description="In the product's default unit"
                      inputMode="decimal"
                      value={line.quantity}
                      onChange={(e) => setLine(i, { quantity: e.currentTarget.value })}
                      error={errors[`lines.${i}.quantity`]}
                      style={{ flex: 1 }}
                    />
                    <ActionIcon
                      mt={28}
                      variant="subtle"
                      color="red"
                      aria-label={`Remove line ${i + 1}`}
                      disabled={lines.length === 1}
                      onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
              <Button
                mt="sm"
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setLines((ls) => [...ls, newLine()])}
              >
                Add line
              </Button>
            </Card>
          </Stack>
        </fieldset>
        {review ? (
          <PhoneOrderReview
            order={review.order}
            customer={company?.name ?? ''}
            busy={busy}
            onPlace={() => void place()}
            onChange={changeLines}
          />
        ) : (
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Review order
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/**
 * The draft as the server priced it for the customer: each line's SKU, product, quantity and
 * unit, unit price and line total, the adjustments, tax and total; placing it is the next click.
 */
export function PhoneOrderReview({
  order,
  customer,
  busy,
  onPlace,
  onChange,
}: {
  order: PhoneOrderReview_OrderFragment;
  customer: string;
  busy: boolean;
  onPlace: () => void;
  onChange: () => void;
}) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="phone-order-review">
      <Title order={2} size="h4" mb="sm" id="phone-order-review">
        Review {order.number} for {customer}
      </Title>
      {order.shippingAddress && (
        <Text size="sm" mb="sm">
          Ships to {order.shippingAddress.formatted.join(', ')}.
        </Text>
      )}
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label="Priced lines" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              <Table.Th ta="right">Line total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>{line.sku}</Table.Td>
                <Table.Td>{line.description}</Table.Td>
                <Table.Td ta="right">
                  {line.quantity} {line.unit.symbol}
                </Table.Td>
                <Table.Td ta="right">
                  <Money money={line.unitPrice} size="sm" />
                </Table.Td>
                <Table.Td ta="right">
                  <Money money={line.lineTotal} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Table aria-label="Order total" mt="xs" withRowBorders={false}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>Subtotal</Table.Td>
            <Table.Td ta="right">
              <Money money={order.subtotal} size="sm" />
            </Table.Td>
          </Table.Tr>
          {(order.adjustments ?? []).map((a) => (
            <Table.Tr key={a.kind}>
              <Table.Td>{a.description}</Table.Td>
              <Table.Td ta="right">
                <Money money={a.amount} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>Tax</Table.Td>
            <Table.Td ta="right">
              <Money money={order.taxTotal} size="sm" />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td fw={700}>Total</Table.Td>
            <Table.Td ta="right">
              <Money money={order.total} size="sm" fw={700} />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {order.issues.length > 0 && (
        <UserErrorsAlert
          title="This order cannot be placed as it is"
          errors={order.issues.map((i) => i.message)}
        />
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onChange} disabled={busy}>
          Change lines
        </Button>
        <Button onClick={onPlace} loading={busy} disabled={order.issues.length > 0}>
          Place order
        </Button>
      </Group>
    </Card>
  );
}
