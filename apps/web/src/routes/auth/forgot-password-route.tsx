import { Anchor, Button, Paper, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PORTAL_NAME } from '../../components/app-header';
import { FormAlert } from '../../components/form-alert';
import { FormField } from '../../components/form-field';
import {
  splitPayloadErrors,
  unexpectedErrorMessage,
  type SplitUserErrors,
} from '../../components/user-errors';
import { graphql } from '../../gql';

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      ok
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['email'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<Field> = { form: [], fields: {} };

/** "Forgot password?": asks for the e-mail address; the answer never tells whether it has an account. */
export function ForgotPasswordRoute() {
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!email.trim()) {
      setErrors({ form: [], fields: { email: 'Enter your e-mail address.' } });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      const { data } = await requestReset({ variables: { input: { email: email.trim() } } });
      const payload = data?.requestPasswordReset;
      if (payload?.ok) {
        setSentTo(email.trim());
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
      aria-labelledby="forgot-title"
    >
      <title>{`Forgot password · ${PORTAL_NAME}`}</title>
      <Title order={1} size="h2" id="forgot-title" mb="md">
        Forgot your password?
      </Title>
      {sentTo ? (
        <Text role="status">
          If an account exists for {sentTo}, we have sent it a link to choose a new password. The link works
          once and expires soon; check your spam folder if it does not arrive.
        </Text>
      ) : (
        <>
          <Text mb="md">Enter your e-mail address and we will send you a link to choose a new password.</Text>
          <form onSubmit={(e) => void handleSubmit(e)} noValidate aria-busy={loading || undefined}>
            <FormAlert messages={errors.form} />
            <FormField
              name="email"
              label="E-mail"
              type="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.fields.email}
            />
            <Button type="submit" fullWidth mt="sm" aria-disabled={loading || undefined}>
              {loading ? 'Sending…' : 'Send reset link'}
            </Button>
          </form>
        </>
      )}
      <Text mt="md" size="sm">
        <Anchor component={Link} to="/sign-in">
          Back to sign-in
        </Anchor>
      </Text>
    </Paper>
  );
}
