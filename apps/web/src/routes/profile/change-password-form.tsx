import { Button, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert';
import { FormField } from '../../components/form-field';
import {
  splitPayloadErrors,
  unexpectedErrorMessage,
  type SplitUserErrors,
} from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

// `passwordConfirmation` never reaches the server.
const FIELDS = ['currentPassword', 'newPassword', 'passwordConfirmation'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<Field> = { form: [], fields: {} };

/** Changes the signed-in user's password (the current one is required); other sessions end. */
export function ChangePasswordForm() {
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [passwordConfirmation, setPasswordConfirmation] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const invalid: Partial<Record<Field, string>> = {};
    if (!currentPassword) invalid.currentPassword = 'Enter your current password.';
    if (!newPassword) invalid.newPassword = 'Choose a new password.';
    if (newPassword && passwordConfirmation !== newPassword)
      invalid.passwordConfirmation = 'The passwords do not match.';
    if (Object.keys(invalid).length > 0) {
      setErrors({ form: [], fields: invalid });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      const { data } = await changePassword({ variables: { input: { currentPassword, newPassword } } });
      const payload = data?.changePassword;
      if (payload?.ok) {
        setCurrentPassword('');
        setNewPassword('');
        setPasswordConfirmation('');
        notifySuccess('Your password is changed; your other sessions were signed out.');
        return;
      }
      setErrors(splitPayloadErrors(payload?.userErrors, FIELDS));
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)], fields: {} });
    }
  }

  return (
    <form
      onSubmit={(e) => void handleSubmit(e)}
      noValidate
      aria-label="Change your password"
      aria-busy={loading || undefined}
    >
      <Stack gap={0} maw={420}>
        <FormAlert messages={errors.form} />
        <FormField
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={errors.fields.currentPassword}
        />
        <FormField
          name="newPassword"
          label="New password"
          hint="At least 12 characters, not a common password, without your name or e-mail address."
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.fields.newPassword}
        />
        <FormField
          name="passwordConfirmation"
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          required
          value={passwordConfirmation}
          onChange={(e) => setPasswordConfirmation(e.target.value)}
          error={errors.fields.passwordConfirmation}
        />
        <Button type="submit" mt="sm" aria-disabled={loading || undefined} w="fit-content">
          {loading ? 'Saving…' : 'Change password'}
        </Button>
      </Stack>
    </form>
  );
}
