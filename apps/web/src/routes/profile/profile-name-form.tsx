import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';

export const UpdateOwnNameDocument = graphql(`
  mutation UpdateOwnName($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        name
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** Your own name (updateUser with PROFILE_EDIT). */
export function ProfileNameForm({ userId, name }: { userId: string; name: string }) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [update, { loading }] = useMutation(UpdateOwnNameDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    if (!value.trim()) {
      setError('Enter your name.');
      return;
    }
    setError(undefined);
    try {
      const { data } = await update({ variables: { input: { userId, name: value.trim() } } });
      const payload = data?.updateUser;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length) {
        const split = splitUserErrors(payload.userErrors, ['name'] as const);
        setError(split.fields.name);
        setFormErrors(split.form);
        return;
      }
      notifySuccess('Your name is saved.');
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Your name">
      <UserErrorsAlert errors={formErrors} />
      <Group align="flex-start" gap="sm">
        <FormField
          name="name"
          label="Name"
          autoComplete="name"
          value={value}
          error={error}
          onChange={(e) => setValue(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit" loading={loading} mt={25} disabled={value.trim() === name}>
          Save name
        </Button>
      </Group>
    </form>
  );
}
