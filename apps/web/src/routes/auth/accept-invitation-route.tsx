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
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;

    const invalid: Partial<Record<Field, string>> = {};
    if (!name.trim()) invalid.name = 'Enter your name.';
    if (!password) invalid.password = 'Choose a password.';
    if (password && passwordConfirmation !== password)
      invalid.passwordConfirmation = 'The passwords do not match.';
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
    <Paper
      component="section"
      withBorder
      shadow="sm"
      p="xl"
      radius="md"
      w="100%"
      maw={440}
      aria-labelledby="invitation-title"
    >
      <title>{`Accept your invitation · ${PORTAL_NAME}`}</title>
      <Title order={1} size="h2" id="invitation-title" mb="md">
        Accept your invitation
      </Title>
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
        <FormField
          name="password"
          label="Password"
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
          {loading ? 'Setting up your account…' : 'Accept invitation'}
        </Button>
      </form>
      <Text mt="md" size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </Paper>
  );
}
