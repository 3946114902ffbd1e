import { Anchor, Button, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { FormField } from '../../components/form-field';
import {
  splitPayloadErrors,
  unexpectedErrorMessage,
  type SplitUserErrors,
} from '../../components/user-errors';
import { graphql } from '../../gql';
import { AuthCard } from './auth-card';
import { useFocusFirstInvalid } from './use-focus-first-invalid';
import { readSignInState } from './sign-in-state';
import { useCompleteSignIn } from './use-complete-sign-in';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        ...ViewerSummary_viewer
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<Field> = { form: [], fields: {} };

export function SignInRoute() {
  const location = useLocation();
  const { from, notice } = readSignInState(location.state);
  const completeSignIn = useCompleteSignIn();
  const [login, { loading }] = useMutation(LoginDocument);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const formRef = useFocusFirstInvalid(errors);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;

    const missing: Partial<Record<Field, string>> = {};
    if (!email.trim()) missing.email = 'Enter your e-mail address.';
    if (!password) missing.password = 'Enter your password.';
    if (Object.keys(missing).length > 0) {
      setErrors({ form: [], fields: missing });
      return;
    }

    setErrors(NO_ERRORS);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const payload = data?.login;
      if (payload?.viewer) {
        await completeSignIn(payload.viewer, from);
        return;
      }
      setErrors(splitPayloadErrors(payload?.userErrors, FIELDS));
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)], fields: {} });
    }
  }

  return (
    <AuthCard
      headingId="sign-in-title"
      pageTitle="Sign in"
      heading="Sign in"
      footer={
        <Anchor component={Link} to="/forgot-password">
          Forgot password?
        </Anchor>
      }
    >
      {notice === 'session-expired' && (
        <Text role="status" bg="blue.0" c="blue.9" p="sm" mb="md">
          Your session expired. Sign in again to continue.
        </Text>
      )}
      <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={loading || undefined}>
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
        <FormField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <Button type="submit" fullWidth mt="sm" aria-disabled={loading || undefined}>
          {loading ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </AuthCard>
  );
}
