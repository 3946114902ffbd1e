import { Anchor, Button, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import {
  splitPayloadErrors,
  unexpectedErrorMessage,
  type SplitUserErrors,
} from '../../components/user-errors';
import { graphql } from '../../gql';
import { AuthCard } from './auth-card';
import { NewPasswordFields, newPasswordProblems } from './new-password-fields';
import { useCompleteSignIn } from './use-complete-sign-in';
import { useFocusFirstInvalid } from './use-focus-first-invalid';

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
  const formRef = useFocusFirstInvalid(errors);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;

    const invalid: Partial<Record<Field, string>> = newPasswordProblems(password, passwordConfirmation);
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
    <AuthCard
      headingId="reset-title"
      pageTitle="Choose a new password"
      heading="Choose a new password"
      footer={
        <>
          Link expired?{' '}
          <Anchor component={Link} to="/forgot-password">
            Ask for a new one
          </Anchor>
        </>
      }
    >
      <Text mb="md">
        At least 12 characters, not a common password, without your name or e-mail address. Every other
        session and API token of your account ends.
      </Text>
      <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={loading || undefined}>
        <FormAlert messages={errors.form} />
        <NewPasswordFields
          label="New password"
          password={password}
          confirmation={passwordConfirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setPasswordConfirmation}
          errors={errors.fields}
        />
        <Button type="submit" fullWidth mt="sm" aria-disabled={loading || undefined}>
          {loading ? 'Saving…' : 'Set new password'}
        </Button>
      </form>
    </AuthCard>
  );
}
