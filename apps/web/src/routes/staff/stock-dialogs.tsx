import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { StockDialogs_ProductFragment } from '../../gql/graphql';

export const StockDialogs_ProductFragmentDoc = graphql(`
  fragment StockDialogs_product on Product {
    id
    sku
    baseUnit {
      id
      symbol
    }
  }
`);

export const ReceiveStockDocument = graphql(`
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) {
      product {
        id
        ...StockRow_product
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const AdjustStockDocument = graphql(`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      product {
        id
        ...StockRow_product
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const RECEIVE_FIELDS = ['quantity', 'restockDate', 'note'] as const;
const ADJUST_FIELDS = ['quantity', 'reason'] as const;

/** Goods arrived: a receipt in the ledger, optionally with the restock date of the rest. */
export function ReceiveStockDialog({
  product,
  onDone,
}: {
  product: StockDialogs_ProductFragment;
  onDone?: () => void;
}) {
  const [receive] = useMutation(ReceiveStockDocument);
  const unit = product.baseUnit.symbol;
  return (
    <MutationFormModal
      button={{ label: 'Receive', size: 'xs', 'aria-label': `Receive stock of ${product.sku}` }}
      title={`Receive ${product.sku}`}
      submitLabel="Record receipt"
      fields={RECEIVE_FIELDS}
      initialValues={() => ({ quantity: '', restockDate: '', note: '' })}
      validate={(v) => ({ quantity: v.quantity.trim() ? null : `How many ${unit} arrived?` })}
      mutate={async (v) => {
        const input = {
          productId: product.id,
          quantity: v.quantity.trim(),
          note: v.note.trim() || undefined,
          restockDate: v.restockDate || undefined,
        };
        return (await receive({ variables: { input } })).data?.receiveStock;
      }}
      onSuccess={(_, v) => {
        onDone?.();
        return `Received ${v.quantity.trim()} ${unit} of ${product.sku}.`;
      }}
    >
      {(form) => (
        <>
          <TextInput
            label={`Quantity (${unit})`}
            description="In the product's base unit."
            inputMode="decimal"
            data-autofocus
            {...form.field('quantity')}
          />
          <TextInput
            label="Rest expected on"
            description="For backorders still waiting; leave empty to keep the date as it is."
            type="date"
            {...form.field('restockDate')}
          />
          <TextInput label="Note" description="Supplier, delivery note…" {...form.field('note')} />
        </>
      )}
    </MutationFormModal>
  );
}

/** A count, damage or find: an adjustment of on hand with its reason. */
export function AdjustStockDialog({
  product,
  onDone,
}: {
  product: StockDialogs_ProductFragment;
  onDone?: () => void;
}) {
  const [adjust] = useMutation(AdjustStockDocument);
  const unit = product.baseUnit.symbol;
  return (
    <MutationFormModal
      button={{
        label: 'Adjust',
        size: 'xs',
        variant: 'default',
        'aria-label': `Adjust stock of ${product.sku}`,
      }}
      title={`Adjust ${product.sku}`}
      submitLabel="Record adjustment"
      fields={ADJUST_FIELDS}
      initialValues={() => ({ quantity: '', reason: '' })}
      validate={(v) => ({
        quantity: v.quantity.trim() ? null : 'Enter the change, e.g. -3 for three damaged.',
        reason: v.reason.trim() ? null : 'Say why: cycle count, damaged, found…',
      })}
      mutate={async (v) => {
        const input = { productId: product.id, quantity: v.quantity.trim(), reason: v.reason.trim() };
        return (await adjust({ variables: { input } })).data?.adjustStock;
      }}
      onSuccess={(_, v) => {
        onDone?.();
        return `Adjusted ${product.sku} by ${v.quantity.trim()} ${unit}.`;
      }}
    >
      {(form) => (
        <>
          <TextInput
            label={`Change of on hand (${unit})`}
            description="Negative for losses, positive for finds."
            inputMode="decimal"
            data-autofocus
            {...form.field('quantity')}
          />
          <TextInput label="Reason" {...form.field('reason')} />
        </>
      )}
    </MutationFormModal>
  );
}
