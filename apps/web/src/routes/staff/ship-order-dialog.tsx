import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Table, Text, TextInput } from '@mantine/core';
import { compareDecimals, formatDecimal } from '@portal/domain';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { ShipOrderDialog_OrderFragment, ShipOrderLinesQuery } from '../../gql/graphql';
import { canonicalDecimal, decimalInputError, QUANTITY_SCALE } from '../../lib/decimal-input';

export const ShipOrderDialog_OrderFragmentDoc = graphql(`
  fragment ShipOrderDialog_order on Order {
    id
    number
  }
`);

/** What is still open on the order's lines, read when the dialog opens (the board stays light). */
export const ShipOrderLinesDocument = graphql(`
  query ShipOrderLines($id: ID!) {
    order(id: $id) {
      id
      lines {
        id
        sku
        description
        openQuantity
        unit {
          id
          symbol
        }
      }
    }
  }
`);

export const ShipOrderDocument = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      ...FulfilmentCard_payload
    }
  }
`);

type OrderLine = NonNullable<ShipOrderLinesQuery['order']>['lines'][number];

/** The form: the shipment's papers, and per open line the quantity it carries (`ship.<lineId>`). */
type ShipValues = Record<string, string>;

const PAPERS = ['carrier', 'trackingNumber', 'billOfLadingNumber', 'expectedShipDate'] as const;
const NOT_A_QUANTITY = 'Enter a quantity of 0 or more.';
const shipField = (line: OrderLine) => `ship.${line.id}`;

/** What a shipment of `values` carries: each line with a quantity above 0, in the order shown. */
function shipmentLines(open: readonly OrderLine[], values: ShipValues) {
  return open
    .map((line) => ({
      line,
      quantity: canonicalDecimal(values[shipField(line)] ?? '', { maxScale: QUANTITY_SCALE }),
    }))
    .filter(
      (part): part is { line: OrderLine; quantity: string } =>
        part.quantity !== null && compareDecimals(part.quantity, '0') > 0,
    );
}

/**
 * The warehouse ships an order, all of it or part: per open line the quantity this shipment
 * carries (everything still open by default; 0 leaves a line for a later shipment), with carrier,
 * tracking and bill of lading numbers and the ship date. What is not shipped stays open.
 */
export function ShipOrderDialog({ order }: { order: ShipOrderDialog_OrderFragment }) {
  const [ship] = useMutation(ShipOrderDocument);
  const [wanted, setWanted] = useState(false);
  const lines = useQuery(ShipOrderLinesDocument, {
    variables: { id: order.id },
    skip: !wanted,
    fetchPolicy: 'network-only',
  });
  const open = (lines.data?.order?.lines ?? []).filter((line) => compareDecimals(line.openQuantity, '0') > 0);
  const fields = [...PAPERS, 'lines', ...open.map(shipField)];
  return (
    <>
      <Button
        size="xs"
        aria-label={`Ship order ${order.number}`}
        loading={wanted && lines.loading}
        onClick={() => setWanted(true)}
      >
        Ship
      </Button>
      {wanted && lines.error && (
        <Text c="red.8" size="sm" role="alert">
          {unexpectedErrorMessage(lines.error)}
        </Text>
      )}
      <MutationFormModal<ShipValues, NonNullable<Awaited<ReturnType<typeof ship>>['data']>['shipOrder']>
        opened={wanted && !lines.loading && !!lines.data?.order}
        onClose={() => setWanted(false)}
        title={`Ship order ${order.number}`}
        submitLabel="Ship order"
        size="lg"
        fields={fields}
        initialValues={() => ({
          carrier: '',
          trackingNumber: '',
          billOfLadingNumber: '',
          expectedShipDate: '',
          ...Object.fromEntries(open.map((line) => [shipField(line), line.openQuantity])),
        })}
        validate={(v) => ({
          carrier: v.carrier?.trim() ? null : 'Name the carrier, e.g. UPS.',
          ...Object.fromEntries(
            open.map((line) => [
              shipField(line),
              decimalInputError(v[shipField(line)] ?? '', { maxScale: QUANTITY_SCALE }, NOT_A_QUANTITY),
            ]),
          ),
          lines:
            shipmentLines(open, v).length === 0
              ? 'Ship at least one line: give it a quantity above 0.'
              : null,
        })}
        mutate={async (v) => {
          const parts = shipmentLines(open, v);
          const everything =
            parts.length === open.length &&
            parts.every((p) => compareDecimals(p.quantity, p.line.openQuantity) === 0);
          const input = {
            orderId: order.id,
            carrier: v.carrier!.trim(),
            trackingNumber: v.trackingNumber?.trim() || undefined,
            billOfLadingNumber: v.billOfLadingNumber?.trim() || undefined,
            expectedShipDate: v.expectedShipDate || undefined,
            // Everything still open is the server's default; a part names its lines.
            ...(everything ? {} : { lines: parts.map((p) => ({ lineId: p.line.id, quantity: p.quantity })) }),
          };
          const payload = (await ship({ variables: { input } })).data?.shipOrder;
          if (!payload) return payload;
          // The server names lines by their place in `input.lines`: put its messages next to the line's field.
          const userErrors = payload.userErrors.map((error) => {
            const [root, list, index, ...rest] = error.field ?? [];
            const part = list === 'lines' && index !== undefined ? parts[Number(index)] : undefined;
            return part
              ? { ...error, field: [root ?? 'input', 'ship', part.line.id, ...rest].slice(0, 3) }
              : error;
          });
          return { ...payload, userErrors };
        }}
        onSuccess={(_, v) => {
          const parts = shipmentLines(open, v);
          const partial =
            parts.length < open.length ||
            parts.some((p) => compareDecimals(p.quantity, p.line.openQuantity) < 0);
          return partial
            ? `Part of order ${order.number} shipped; the rest stays open. The customer gets the tracking link.`
            : `Order ${order.number} shipped; the customer gets the tracking link.`;
        }}
      >
        {(form) => (
          <>
            <TextInput
              label="Carrier"
              description="UPS, FedEx, USPS and DHL get a tracking link."
              data-autofocus
              {...form.field('carrier')}
            />
            <TextInput label="Tracking number" {...form.field('trackingNumber')} />
            <TextInput label="Bill of lading number" {...form.field('billOfLadingNumber')} />
            <TextInput label="Expected ship date" type="date" {...form.field('expectedShipDate')} />
            <Table.ScrollContainer minWidth={420}>
              <Table aria-label="What this shipment carries">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th ta="right">Still open</Table.Th>
                    <Table.Th ta="right">Ship now</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {open.map((line) => (
                    <Table.Tr key={line.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {line.sku}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {line.description}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatDecimal(line.openQuantity)} {line.unit.symbol}
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Ship now of ${line.sku} (${line.unit.symbol})`}
                          inputMode="decimal"
                          size="xs"
                          w={110}
                          ml="auto"
                          rightSection={<Text size="xs">{line.unit.symbol}</Text>}
                          {...form.field(shipField(line))}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {form.errors.fields.lines && (
              <Text c="red.8" size="sm" role="alert">
                {form.errors.fields.lines}
              </Text>
            )}
          </>
        )}
      </MutationFormModal>
    </>
  );
}
