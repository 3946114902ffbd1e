import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage, type SplitUserErrors } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';
import type { CartDetailsForm_AddressFragment, CartDetailsForm_OrderFragment } from '../../gql/graphql';
import type { CartDetails } from './use-submit-cart';

export const CartDetailsForm_OrderFragmentDoc = graphql(`
  fragment CartDetailsForm_order on Order {
    id
    purchaseOrderNumber
    requestedDeliveryDate
    notes
    shippingAddress {
      id
    }
  }
`);

export const CartDetailsForm_AddressFragmentDoc = graphql(`
  fragment CartDetailsForm_address on Address {
    id
    label
    line1
    city
    postalCode
  }
`);

export const UpdateCartDetailsDocument = graphql(`
  mutation UpdateCartDetails($input: UpdateOrderDetailsInput!, $contractPrices: Boolean!) {
    updateOrderDetails(input: $input) {
      order {
        id
        ...CartView_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['purchaseOrderNumber', 'requestedDeliveryDate', 'notes', 'shippingAddressId'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<Field> = { form: [], fields: {} };

export function addressLabel(a: CartDetailsForm_AddressFragment): string {
  return `${a.label ? `${a.label}: ` : ''}${a.line1}, ${a.city} ${a.postalCode}`;
}

export interface CartDetailsFormProps {
  order: CartDetailsForm_OrderFragment;
  addresses: readonly CartDetailsForm_AddressFragment[];
  contractPrices: boolean;
  /** Today (YYYY-MM-DD), the earliest delivery date offered. */
  today?: string;
  disabled?: boolean;
  /** Told the details as they are typed, so that submitting the cart carries them. */
  onChange?: (details: CartDetails) => void;
  /** Told whether what is typed differs from what the draft has saved. */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Whether the typed details differ from the saved ones (as the server would store them). */
export function detailsDiffer(
  order: CartDetailsForm_OrderFragment,
  typed: { po: string; date: string; notes: string; addressId: string | null },
): boolean {
  return (
    typed.po.trim() !== (order.purchaseOrderNumber ?? '') ||
    (typed.date || null) !== (order.requestedDeliveryDate ?? null) ||
    typed.notes.trim() !== (order.notes ?? '') ||
    typed.addressId !== (order.shippingAddress?.id ?? null)
  );
}

/** PO number, requested delivery date, shipping address and notes of the cart. */
export function CartDetailsForm({
  order,
  addresses,
  contractPrices,
  today,
  disabled,
  onChange,
  onDirtyChange,
}: CartDetailsFormProps) {
  const [po, setPo] = useState(order.purchaseOrderNumber ?? '');
  const [date, setDate] = useState(order.requestedDeliveryDate ?? '');
  const [notes, setNotes] = useState(order.notes ?? '');
  const [addressId, setAddressId] = useState<string | null>(order.shippingAddress?.id ?? null);
  useEffect(() => {
    onChange?.({
      purchaseOrderNumber: po.trim(),
      requestedDeliveryDate: date || null,
      notes: notes.trim(),
      shippingAddressId: addressId,
    });
  }, [po, date, notes, addressId, onChange]);
  const dirty = detailsDiffer(order, { po, date, notes, addressId });
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [save, { loading }] = useMutation(UpdateCartDetailsDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const { data } = await save({
        variables: {
          contractPrices,
          input: {
            orderId: order.id,
            purchaseOrderNumber: po.trim(),
            requestedDeliveryDate: date || null,
            notes: notes.trim(),
            shippingAddressId: addressId,
          },
        },
      });
      const userErrors = data?.updateOrderDetails.userErrors ?? [];
      if (userErrors.length) {
        setErrors(splitUserErrors(userErrors, FIELDS));
        return;
      }
      notifySuccess('Order details saved.');
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)], fields: {} });
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label="Order details">
      <Stack gap="sm">
        <UserErrorsAlert errors={errors.form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="PO number"
            description="Your purchase order reference, printed on the invoice."
            value={po}
            onChange={(e) => setPo(e.currentTarget.value)}
            error={errors.fields.purchaseOrderNumber}
            maxLength={60}
            disabled={disabled}
          />
          <TextInput
            type="date"
            label="Requested delivery date"
            description="Leave empty for the earliest delivery."
            value={date}
            min={today}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.fields.requestedDeliveryDate}
            disabled={disabled}
          />
        </SimpleGrid>
        <Select
          label="Shipping address"
          placeholder="Choose an address"
          data={addresses.map((a) => ({ value: a.id, label: addressLabel(a) }))}
          value={addressId}
          onChange={setAddressId}
          error={errors.fields.shippingAddressId}
          disabled={disabled}
        />
        <Textarea
          label="Notes"
          description="Delivery instructions for the warehouse."
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.fields.notes}
          rows={3}
          disabled={disabled}
        />
        <Group>
          <Button type="submit" variant="light" loading={loading} disabled={disabled}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
