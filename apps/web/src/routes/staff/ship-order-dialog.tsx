import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { ShipOrderDialog_OrderFragment } from '../../gql/graphql';

export const ShipOrderDialog_OrderFragmentDoc = graphql(`
  fragment ShipOrderDialog_order on Order {
    id
    number
  }
`);

export const ShipOrderDocument = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      ...FulfilmentCard_payload
    }
  }
`);

const FIELDS = ['carrier', 'trackingNumber', 'billOfLadingNumber', 'expectedShipDate'] as const;

/** The warehouse ships an order: carrier, tracking and bill of lading numbers, ship date. */
export function ShipOrderDialog({ order }: { order: ShipOrderDialog_OrderFragment }) {
  const [ship] = useMutation(ShipOrderDocument);
  return (
    <MutationFormModal
      button={{ label: 'Ship', size: 'xs', 'aria-label': `Ship order ${order.number}` }}
      title={`Ship order ${order.number}`}
      submitLabel="Ship order"
      fields={FIELDS}
      initialValues={() => ({
        carrier: '',
        trackingNumber: '',
        billOfLadingNumber: '',
        expectedShipDate: '',
      })}
      validate={(v) => ({ carrier: v.carrier.trim() ? null : 'Name the carrier, e.g. UPS.' })}
      mutate={async (v) => {
        const input = {
          orderId: order.id,
          carrier: v.carrier.trim(),
          trackingNumber: v.trackingNumber.trim() || undefined,
          billOfLadingNumber: v.billOfLadingNumber.trim() || undefined,
          expectedShipDate: v.expectedShipDate || undefined,
        };
        return (await ship({ variables: { input } })).data?.shipOrder;
      }}
      onSuccess={() => `Order ${order.number} shipped; the customer gets the tracking link.`}
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
        </>
      )}
    </MutationFormModal>
  );
}
