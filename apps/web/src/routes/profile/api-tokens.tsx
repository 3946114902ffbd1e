import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { FormField } from '../../components/form-field';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { ApiTokenScope, ApiTokens_TokenFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format-date';
import { notify, notifySuccess } from '../../lib/notify';

export const ApiTokens_TokenFragmentDoc = graphql(`
  fragment ApiTokens_token on ApiToken {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    scopes
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        ...ApiTokens_token
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      revokedId
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['name', 'expiresInDays', 'scopes'] as const;
type Field = (typeof FIELDS)[number];

/** What each scope lets a partner app do (README: Token scopes). */
export const SCOPE_LABELS: Record<ApiTokenScope, string> = {
  CATALOG_READ: 'Read the catalog and prices',
  ORDERS_READ: 'Read orders, RFQs and quotes',
  ORDERS_WRITE: 'Draft, submit and cancel orders; templates; receipts',
  ORDERS_APPROVE: 'Approve or reject orders',
  QUOTES_WRITE: 'Ask for and answer quotations',
  INVOICES_READ: 'Read invoices, payments and statements',
  INVOICES_PAY: 'Pay invoices',
  CATALOG_MANAGE: 'Manage products, categories and units',
  PRICING_MANAGE: 'Manage pricelists and payment terms',
  CUSTOMERS_MANAGE: 'Manage customer companies and credit',
  QUOTES_MANAGE: 'Send quotations',
  FULFILMENT_MANAGE: 'Fulfil and ship orders',
  INVOICING_MANAGE: 'Invoice, credit and record payments',
  METRICS_READ: 'Read portal adoption',
};

export interface ApiTokensProps {
  tokens: readonly ApiTokens_TokenFragment[];
  /** The scopes the viewer's role has something for (the checkboxes offered). */
  scopes: readonly ApiTokenScope[];
  /** Reloads the list after a change. */
  onChanged: () => void;
}

/** Personal API tokens: list, create (the secret shown once, with a copy button), revoke. */
export function ApiTokens({ tokens, scopes, onChanged }: ApiTokensProps) {
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(90);
  const [chosen, setChosen] = useState<string[]>(scopes.includes('CATALOG_READ') ? ['CATALOG_READ'] : []);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [create, { loading }] = useMutation(CreateApiTokenDocument);
  const [revoke] = useMutation(RevokeApiTokenDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    if (!name.trim()) {
      setErrors({ name: 'Name the token after the app that uses it.' });
      return;
    }
    if (chosen.length === 0) {
      setErrors({ scopes: 'Choose what the app may do.' });
      return;
    }
    setErrors({});
    try {
      const { data } = await create({
        variables: {
          input: {
            name: name.trim(),
            expiresInDays: days === '' ? null : Number(days),
            scopes: scopes.filter((s) => chosen.includes(s)),
          },
        },
      });
      const payload = data?.createApiToken;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length) {
        const split = splitUserErrors(payload.userErrors, FIELDS);
        setErrors(split.fields);
        setFormErrors(split.form);
        return;
      }
      if (payload.token) setSecret({ name: name.trim(), token: payload.token });
      setName('');
      onChanged();
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  async function revokeToken(token: ApiTokens_TokenFragment) {
    try {
      const { data } = await revoke({ variables: { input: { tokenId: token.id } } });
      const userErrors = data?.revokeApiToken.userErrors ?? [];
      if (userErrors.length) {
        notify(userErrors.map((e) => e.message).join(' '), { color: 'red' });
        return;
      }
      notifySuccess(`Token "${token.name}" is revoked.`);
      onChanged();
    } catch (e) {
      notify(unexpectedErrorMessage(e), { color: 'red' });
    }
  }

  return (
    <Stack gap="md">
      {secret && (
        <Alert
          styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
          color="green"
          icon={<IconKey aria-hidden />}
          title={`Your new token "${secret.name}"`}
          withCloseButton
          onClose={() => setSecret(null)}
          closeButtonLabel="Hide the token"
        >
          <Text size="sm" mb="xs">
            Copy it now: it is not shown again. Send it as <Code>Authorization: Bearer &lt;token&gt;</Code>.
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code style={{ wordBreak: 'break-all' }} data-testid="api-token-secret">
              {secret.token}
            </Code>
            <CopyButton value={secret.token}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy'}>
                  <ActionIcon
                    variant="light"
                    onClick={copy}
                    aria-label={copied ? 'Copied' : 'Copy the token'}
                  >
                    {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}

      {tokens.length === 0 ? (
        <Text c="dimmed">No active tokens.</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Your API tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Starts with</Table.Th>
                <Table.Th>May</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td>
                    <Code>{t.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{t.scopes.map((s) => SCOPE_LABELS[s]).join('; ')}</Table.Td>
                  <Table.Td>{formatDate(t.createdAt)}</Table.Td>
                  <Table.Td>{t.expiresAt ? formatDate(t.expiresAt) : 'Never'}</Table.Td>
                  <Table.Td>{t.lastUsedAt ? formatDate(t.lastUsedAt) : 'Never'}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      variant="light"
                      color="red"
                      confirmTitle={`Revoke "${t.name}"?`}
                      confirmMessage="Apps using this token lose access at once."
                      confirmLabel="Revoke"
                      pendingLabel="Revoking…"
                      onConfirm={() => revokeToken(t)}
                      aria-label={`Revoke token ${t.name}`}
                    >
                      Revoke
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Create an API token">
        <UserErrorsAlert errors={formErrors} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <FormField
            name="token-name"
            label="Token name"
            hint="e.g. the app that uses it"
            value={name}
            error={errors.name}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 220 }}
          />
          <NumberInput
            id="field-token-days"
            label="Expires in (days)"
            description="1 to 730; empty: never"
            min={1}
            max={730}
            allowDecimal={false}
            value={days}
            onChange={setDays}
            error={errors.expiresInDays}
            w={180}
          />
          <Button type="submit" loading={loading} mt={47}>
            Create token
          </Button>
        </Group>
        <Checkbox.Group
          mt="sm"
          label="The app may"
          description="Only what you may do yourself; choose the fewest it needs."
          value={chosen}
          onChange={setChosen}
          error={errors.scopes}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {scopes.map((s) => (
              <Checkbox key={s} value={s} label={SCOPE_LABELS[s]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </form>
    </Stack>
  );
}
