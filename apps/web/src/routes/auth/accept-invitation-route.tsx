import { Anchor, Button, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { FormField } from '../../components/form-field';
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

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      viewer {
        ...ViewerSummary_viewer
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

// `passwordConfirmation` never reaches the server; errors about `token` go on top of the form.
const FIELDS = ['name', 'password', 'passwordConfirmation'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<Field> = { form: [], fields: {} };

export function AcceptInvitationRoute() {
  const { token = '' } = useParams();
  const completeSignIn = useCompleteSignIn();
  const [acceptInvitation, { loading }] = useMutation(AcceptInvitationDocument);

  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordConfirmation, setPasswordConfirmation] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const formRef = useFocusFirstInvalid(errors);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;

    const invalid: Partial<Record<Field, string>> = newPasswordProblems(password, passwordConfirmation);
    if (!name.trim()) invalid.name = 'Enter your name.';
    if (Object.keys(invalid).length > 0) {
      setErrors({ form: [], fields: invalid });
      return;
    }

    setErrors(NO_ERRORS);
    try {
      const { data } = await acceptInvitation({
        variables: { input: { token, name: name.trim(), password } },
      });
      const payload = data?.acceptInvitation;
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
      headingId="invitation-title"
      pageTitle="Accept your invitation"
      heading="Accept your invitation"
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </>
      }
    >
      <Text mb="md">Set your name and a password to start using the portal.</Text>
      <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={loading || undefined}>
        <FormAlert messages={errors.form} />
        <FormField
          name="name"
          label="Your name"
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
        />
        <NewPasswordFields
          label="Password"
          password={password}
          confirmation={passwordConfirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setPasswordConfirmation}
          errors={errors.fields}
        />
        <Button type="submit" fullWidth mt="sm" aria-disabled={loading || undefined}>
          {loading ? 'Setting up your account…' : 'Accept invitation'}
        </Button>
      </form>
    </AuthCard>
  );
}
