import { Anchor, Button, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { FormField } from '../../components/form-field';
import {
  splitPayloadErrors,
  unexpectedErrorMessage,
  type SplitUserErrors,
} from '../../components/user-errors';
import { graphql } from '../../gql';
import { AuthCard } from './auth-card';

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
    <AuthCard
      headingId="forgot-title"
      pageTitle="Forgot password"
      heading="Forgot your password?"
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign-in
        </Anchor>
      }
    >
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
    </AuthCard>
  );
}
