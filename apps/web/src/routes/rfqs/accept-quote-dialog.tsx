import { useMutation } from '@apollo/client/react';
import { NativeSelect, Text, TextInput } from '@mantine/core';
import { Money } from '../../components/money';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { AcceptQuoteDialog_OrderFragment } from '../../gql/graphql';
import { addressLabel } from '../cart/cart-details-form';

export const AcceptQuoteDialog_OrderFragmentDoc = graphql(`
  fragment AcceptQuoteDialog_order on Order {
    id
    number
    quote {
      revision
    }
    total {
      amount
      currencyCode
    }
    shippingAddress {
      id
    }
    company {
      id
      addresses {
        id
        isDefaultShipping
        ...CartDetailsForm_address
      }
    }
  }
`);

export const AcceptQuoteDocument = graphql(`
  mutation AcceptQuote($input: AcceptQuoteInput!) {
    acceptQuote(input: $input) {
      ...QuotationPanel_payload
    }
  }
`);

// A "revision" error (the quotation changed meanwhile) is not about a field: it goes on top.
const FIELDS = ['signatureName', 'purchaseOrderNumber', 'shippingAddressId'] as const;

/** Where the order ships unless the buyer picks another: as the API defaults (the quotation's, else the company's default). */
export function defaultShipTo(order: AcceptQuoteDialog_OrderFragment): string {
  const addresses = order.company.addresses;
  const quoted = addresses.find((a) => a.id === order.shippingAddress?.id);
  return (quoted ?? addresses.find((a) => a.isDefaultShipping) ?? addresses[0])?.id ?? '';
}

/** The buyer accepts the revision they reviewed, signing with their typed name, and says where it ships. */
export function AcceptQuoteDialog({ order }: { order: AcceptQuoteDialog_OrderFragment }) {
  const [accept] = useMutation(AcceptQuoteDocument);
  const addresses = order.company.addresses;
  return (
    <MutationFormModal
      button={{ label: 'Accept quotation' }}
      title={`Accept quotation ${order.number}`}
      size="lg"
      submitLabel="Sign and accept"
      fields={FIELDS}
      initialValues={() => ({
        signatureName: '',
        purchaseOrderNumber: '',
        shippingAddressId: defaultShipTo(order),
      })}
      validate={(v) => ({ signatureName: v.signatureName.trim() ? null : 'Type your full name to sign.' })}
      mutate={async (v) => {
        const input = {
          orderId: order.id,
          signatureName: v.signatureName.trim(),
          revision: order.quote?.revision,
          purchaseOrderNumber: v.purchaseOrderNumber.trim() || undefined,
          shippingAddressId: v.shippingAddressId || undefined,
        };
        return (await accept({ variables: { input } })).data?.acceptQuote;
      }}
      onSuccess={() => `Quotation accepted: sales order ${order.number} is placed.`}
    >
      {(form) => (
        <>
          <Text>
            You are accepting revision {order.quote?.revision} for a total of{' '}
            <Money money={order.total} fw={700} />. Your typed name is your signature; the quotation can no
            longer change afterwards.
          </Text>
          <TextInput
            label="Your full name (signature)"
            autoComplete="name"
            data-autofocus
            {...form.field('signatureName')}
          />
          <TextInput label="Purchase order number (optional)" {...form.field('purchaseOrderNumber')} />
          {addresses.length > 0 && (
            <NativeSelect
              label="Ship to"
              description="The order ships here; your default shipping address unless the quotation names another."
              data={addresses.map((a) => ({ value: a.id, label: addressLabel(a) }))}
              {...form.field('shippingAddressId')}
            />
          )}
        </>
      )}
    </MutationFormModal>
  );
}
