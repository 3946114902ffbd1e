import { Anchor, Button, Paper, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { PORTAL_NAME } from '../../components/app-header';
import { FormAlert } from '../../components/form-alert';
import { FormField } from '../../components/form-field';
import {
  splitPayloadErrors,
  unexpectedErrorMessage,
  type SplitUserErrors,
} from '../../components/user-errors';
import { graphql } from '../../gql';
import { useCompleteSignIn } from './use-complete-sign-in';

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      viewer {
        ...ViewerSummary_viewer
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

// `passwordConfirmation` never reaches the server; errors about `token` (EXPIRED) go on top of the form.
const FIELDS = ['password', 'passwordConfirmation'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<Field> = { form: [], fields: {} };

/** The page of the e-mailed reset link: a new password, then the user is signed in. */
export function ResetPasswordRoute() {
  const { token = '' } = useParams();
  const completeSignIn = useCompleteSignIn();
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);

  const [password, setPassword] = useState('');
  const [passwordConfirmation, setPasswordConfirmation] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;

    const invalid: Partial<Record<Field, string>> = {};
    if (!password) invalid.password = 'Choose a password.';
    if (password && passwordConfirmation !== password)
      invalid.passwordConfirmation = 'The passwords do not match.';
    if (Object.keys(invalid).length > 0) {
      setErrors({ form: [], fields: invalid });
      return;
    }

    setErrors(NO_ERRORS);
    try {
      const { data } = await resetPassword({
        variables: { input: { token, password } },
      });
      const payload = data?.resetPassword;
      if (payload?.viewer) {
        await completeSignIn(payload.viewer);
        return;
      }
      setErrors(splitPayloadErrors(payload?.userErrors, FIELDS));
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)], fields: {} });
    }
  }

  return (
    <Paper
      component="section"
      withBorder
      shadow="sm"
      p="xl"
      radius="md"
      w="100%"
      maw={440}
      aria-labelledby="reset-title"
    >
      <title>{`Choose a new password · ${PORTAL_NAME}`}</title>
      <Title order={1} size="h2" id="reset-title" mb="md">
        Choose a new password
      </Title>
      <Text mb="md">
        At least 12 characters, not a common password, without your name or e-mail address. Every other
        session and API token of your account ends.
      </Text>
      <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={loading || undefined}>
        <FormAlert messages={errors.form} />
        <FormField
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <FormField
          name="passwordConfirmation"
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          required
          value={passwordConfirmation}
          onChange={(e) => setPasswordConfirmation(e.target.value)}
          error={errors.fields.passwordConfirmation}
        />
        <Button type="submit" fullWidth mt="sm" aria-disabled={loading || undefined}>
          {loading ? 'Saving…' : 'Set new password'}
        </Button>
      </form>
      <Text mt="md" size="sm">
        Link expired?{' '}
        <Anchor component={Link} to="/forgot-password">
          Ask for a new one
        </Anchor>
      </Text>
    </Paper>
  );
}
