import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { permissionLabel, roleLabel } from '../../components/labels';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import { ApiTokens } from './api-tokens';
import { ChangePasswordForm } from './change-password-form';
import { NotificationPreferences } from './notification-preferences';
import { ProfileNameForm } from './profile-name-form';

export const ProfileDocument = graphql(`
  query Profile {
    viewer {
      user {
        id
        name
        email
        role
      }
      company {
        id
        name
      }
      permissions
      apiTokenScopes
      apiTokens {
        id
        ...ApiTokens_token
      }
    }
  }
`);

/** Everyone's own profile: name, e-mail, role, company, what the role allows, API tokens. */
export function ProfileRoute() {
  const { data, error, refetch } = useQuery(ProfileDocument);
  if (!data?.viewer)
    return error || data ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  const { user, company, permissions, apiTokens, apiTokenScopes } = data.viewer;
  const canEdit = permissions.includes('PROFILE_EDIT');

  return (
    <Stack gap="md">
      <PageHeader title="Your profile" description={user.email} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Account
          </Title>
          {canEdit ? (
            <ProfileNameForm key={user.name} userId={user.id} name={user.name} />
          ) : (
            <Field label="Name">{user.name}</Field>
          )}
          <Field label="E-mail">{user.email}</Field>
          <Field label="Role">{roleLabel(user.role)}</Field>
          <Field label="Company">{company?.name ?? 'Seller staff'}</Field>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            What your role allows
          </Title>
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {permissions.map((p) => (
              <li key={p}>
                <Badge
                  variant="light"
                  color="gray"
                  tt="none"
                  styles={{ label: { color: 'var(--mantine-color-gray-9)' } }}
                >
                  {permissionLabel(p)}
                </Badge>
              </li>
            ))}
          </Group>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Password
        </Title>
        <ChangePasswordForm />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb={4}>
          E-mail notifications
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Which e-mails the portal sends you. A change applies to e-mails not yet sent too.
        </Text>
        <NotificationPreferences />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb={4}>
          Personal API tokens
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          For partner apps that order or read invoices for you; a token may do what its scopes allow of what
          your role allows, and never manages users or tokens.
        </Text>
        <ApiTokens tokens={apiTokens} scopes={apiTokenScopes} onChanged={() => void refetch()} />
      </Card>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" mb="xs" wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" w={80}>
        {label}
      </Text>
      <Text>{children}</Text>
    </Group>
  );
}
