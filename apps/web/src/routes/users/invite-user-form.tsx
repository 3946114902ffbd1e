import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
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
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['email', 'name', 'role'] as const;
type Field = (typeof FIELDS)[number];

export interface InviteUserFormProps {
  onInvited?: () => void;
  onCancel?: () => void;
}

/** E-mail, name and role → inviteUser; userErrors next to the field they name. */
export function InviteUserForm({ onInvited, onCancel }: InviteUserFormProps) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('BUYER');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [invite, { loading }] = useMutation(InviteUserDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!email.trim()) local.email = 'Enter the e-mail address.';
    if (!name.trim()) local.name = 'Enter the name.';
    setErrors(local);
    setFormErrors([]);
    if (Object.keys(local).length) {
      document.getElementById(`field-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    try {
      const { data } = await invite({
        variables: { input: { email: email.trim(), name: name.trim(), role } },
      });
      const payload = data?.inviteUser;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length) {
        const split = splitUserErrors(payload.userErrors, FIELDS);
        setErrors(split.fields);
        setFormErrors(split.form);
        const first = FIELDS.find((f) => split.fields[f]);
        if (first) document.getElementById(`field-${first}`)?.focus();
        return;
      }
      notifications.show({
        closeButtonProps: { 'aria-label': 'Dismiss notification' },
        color: 'green',
        message: `Invitation sent to ${payload.user?.email ?? email}.`,
      });
      setEmail('');
      setName('');
      onInvited?.();
    } catch (error) {
      setFormErrors([unexpectedErrorMessage(error)]);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Invite a user">
      <Stack gap={0}>
        <UserErrorsAlert errors={formErrors} />
        <FormField
          name="email"
          label="E-mail"
          type="email"
          autoComplete="off"
          value={email}
          error={errors.email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          data-autofocus
        />
        <FormField
          name="name"
          label="Name"
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Select
          id="field-role"
          label="Role"
          data={CUSTOMER_ROLE_OPTIONS}
          value={role}
          allowDeselect={false}
          onChange={(value) => value && setRole(value as Role)}
          error={errors.role}
          mb="sm"
        />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={loading}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={loading}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
