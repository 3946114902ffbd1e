import { useMutation } from '@apollo/client/react';
import { Switch, TextInput } from '@mantine/core';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { SaveAsTemplateDialog_OrderFragment } from '../../gql/graphql';

export const SaveAsTemplateDialog_OrderFragmentDoc = graphql(`
  fragment SaveAsTemplateDialog_order on Order {
    id
    number
  }
`);

export const SaveOrderAsTemplateDocument = graphql(`
  mutation SaveOrderAsTemplate($input: SaveOrderTemplateInput!) {
    saveOrderTemplate(input: $input) {
      template {
        id
        name
        shared
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** Keeps an order's lines as a template to order from again, for oneself or the company. */
export function SaveAsTemplateDialog({ order }: { order: SaveAsTemplateDialog_OrderFragment }) {
  const [save] = useMutation(SaveOrderAsTemplateDocument);
  return (
    <MutationFormModal
      button={{ label: 'Save as template', variant: 'default' }}
      title={`Save order ${order.number} as a template`}
      submitLabel="Save template"
      cancelLabel="Back"
      fields={['name', 'shared'] as const}
      initialValues={() => ({ name: '', shared: false })}
      mutate={async (v) => {
        const input = { fromOrderId: order.id, name: v.name.trim(), shared: v.shared };
        return (await save({ variables: { input } })).data?.saveOrderTemplate;
      }}
      onSuccess={(payload) => `Template “${payload.template?.name}” saved.`}
    >
      {(form) => (
        <>
          <TextInput label="Template name" required data-autofocus {...form.field('name')} />
          <Switch
            label="Share with my company"
            description="Everyone in your company who may draft orders can use a shared template."
            {...form.checkbox('shared')}
          />
        </>
      )}
    </MutationFormModal>
  );
}
