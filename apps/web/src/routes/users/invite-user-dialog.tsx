import { useMutation } from '@apollo/client/react';
import { Select, Text } from '@mantine/core';
import { FormField } from '../../components/form-field';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { CUSTOMER_ROLE_OPTIONS } from './customer-roles';

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        id
        ...UserRow_user
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['email', 'name', 'role'] as const;

/** E-mail, name and role → inviteUser; the invitee gets an e-mail to choose a password. */
export function InviteUserDialog({ onInvited }: { onInvited?: () => void }) {
  const [invite] = useMutation(InviteUserDocument);
  return (
    <MutationFormModal
      button={{ label: 'Invite a user' }}
      title="Invite a user"
      submitLabel="Send invitation"
      fields={FIELDS}
      initialValues={() => ({ email: '', name: '', role: 'BUYER' as Role })}
      validate={(v) => ({
        email: v.email.trim() ? null : 'Enter the e-mail address.',
        name: v.name.trim() ? null : 'Enter the name.',
      })}
      mutate={async (v) => {
        const input = { email: v.email.trim(), name: v.name.trim(), role: v.role };
        return (await invite({ variables: { input } })).data?.inviteUser;
      }}
      onSuccess={(payload, v) => {
        onInvited?.();
        return `Invitation sent to ${payload.user?.email ?? v.email.trim()}.`;
      }}
    >
      {(form) => (
        <>
          <Text size="sm" c="dimmed">
            They get an e-mail with a link to choose their password.
          </Text>
          <FormField label="E-mail" type="email" autoComplete="off" data-autofocus {...form.field('email')} />
          <FormField label="Name" {...form.field('name')} />
          <Select label="Role" data={CUSTOMER_ROLE_OPTIONS} allowDeselect={false} {...form.field('role')} />
        </>
      )}
    </MutationFormModal>
  );
}
