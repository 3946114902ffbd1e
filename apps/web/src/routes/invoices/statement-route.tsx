import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DocumentLink } from '../../components/document-link';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import { RequirePermission } from '../../viewer/require-permission';
import { AccountTabs } from './account-tabs';
import { formatDate } from '../../lib/format-date';
import { ScrollRegion } from '../../components/scroll-region';

export const AccountStatementDocument = graphql(`
  query AccountStatement($from: Date, $to: Date, $companyId: ID, $consolidated: Boolean) {
    viewer {
      company {
        id
        name
        subsidiaries {
          id
          name
        }
      }
    }
    accountStatement(from: $from, to: $to, companyId: $companyId, consolidated: $consolidated) {
      from
      to
      consolidated
      company {
        id
        name
      }
      openingBalance {
        amount
        currencyCode
      }
      closingBalance {
        amount
        currencyCode
      }
      entries {
        date
        kind
        reference
        companyName
        debit {
          amount
          currencyCode
        }
        credit {
          amount
          currencyCode
        }
        balance {
          amount
          currencyCode
        }
      }
      document {
        id
        title
      }
    }
  }
`);

export function StatementRoute() {
  return (
    <RequirePermission anyOf="STATEMENT_READ">
      <StatementPage />
    </RequirePermission>
  );
}

const KIND_LABELS: Record<string, string> = {
  INVOICE: 'Invoice',
  PAYMENT: 'Payment',
  CREDIT_NOTE: 'Credit note',
  DISCOUNT: 'Discount',
  REFUND: 'Refund',
};

/** The account picker's value for the parent and all its subsidiaries in one statement. */
const CONSOLIDATED = 'consolidated';

/** Whose account: the viewer's company (default), one of its subsidiaries, or all at once. */
interface AccountChoice {
  companyId?: string;
  consolidated?: boolean;
}

function StatementPage() {
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [account, setAccount] = useState<AccountChoice>({});
  const { data, previousData, loading, error, refetch } = useQuery(AccountStatementDocument, {
    variables: { ...period, ...account },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const statement = shown?.accountStatement;
  const own = shown?.viewer?.company;
  const subsidiaries = own?.subsidiaries ?? [];
  const accountValue = account.consolidated ? CONSOLIDATED : (account.companyId ?? own?.id ?? null);

  function apply(event: FormEvent) {
    event.preventDefault();
    setPeriod({ from: draft.from || undefined, to: draft.to || undefined });
  }

  return (
    <Stack gap="md">
      <PageHeader
        title="Account statement"
        description={
          statement
            ? `${statement.company.name}${statement.consolidated ? ' and its subsidiaries' : ''}: ${formatDate(statement.from)} to ${formatDate(statement.to)}`
            : undefined
        }
        actions={
          statement?.document && (
            <DocumentLink
              documentId={statement.document.id}
              fileName={`statement${statement.consolidated ? '-consolidated' : ''}-${statement.from}-${statement.to}.pdf`}
            >
              Download PDF
            </DocumentLink>
          )
        }
      />
      <AccountTabs />
      <form onSubmit={apply} aria-label="Statement period">
        <Group align="flex-end" gap="sm">
          {own && subsidiaries.length > 0 && (
            <Select
              label="Account"
              value={accountValue}
              allowDeselect={false}
              onChange={(value) =>
                setAccount(
                  value === CONSOLIDATED
                    ? { consolidated: true }
                    : value === own.id || value === null
                      ? {}
                      : { companyId: value },
                )
              }
              data={[
                { value: own.id, label: own.name },
                ...subsidiaries.map((s) => ({ value: s.id, label: s.name })),
                { value: CONSOLIDATED, label: `All: ${own.name} and subsidiaries` },
              ]}
              w={300}
            />
          )}
          <TextInput
            label="From"
            type="date"
            value={draft.from || statement?.from || ''}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
            w={180}
          />
          <TextInput
            label="To"
            type="date"
            value={draft.to || statement?.to || ''}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
            w={180}
          />
          <Button type="submit" loading={loading && Boolean(shown)}>
            Show statement
          </Button>
        </Group>
      </form>

      {!statement ? (
        error ? (
          <PageStatus error onRetry={() => void refetch()} />
        ) : (
          <PageStatus />
        )
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Card withBorder padding="sm">
              <Text size="sm" c="dimmed">
                Opening balance ({formatDate(statement.from)})
              </Text>
              <Money money={statement.openingBalance} fw={700} size="lg" />
            </Card>
            <Card withBorder padding="sm">
              <Text size="sm" c="dimmed">
                Closing balance ({formatDate(statement.to)})
              </Text>
              <Money money={statement.closingBalance} fw={700} size="lg" />
            </Card>
          </SimpleGrid>
          {statement.entries.length === 0 ? (
            <EmptyState title="No activity in this period" description="Choose another period above." />
          ) : (
            <ScrollRegion label="Statement entries" minWidth={600}>
              <Table striped aria-label="Statement entries" aria-busy={loading || undefined}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Entry</Table.Th>
                    <Table.Th>Reference</Table.Th>
                    {statement.consolidated && <Table.Th>Company</Table.Th>}
                    <Table.Th ta="right">Debit</Table.Th>
                    <Table.Th ta="right">Credit</Table.Th>
                    <Table.Th ta="right">Balance</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td>{formatDate(statement.from)}</Table.Td>
                    <Table.Td colSpan={statement.consolidated ? 5 : 4}>Opening balance</Table.Td>
                    <Table.Td ta="right">
                      <Money money={statement.openingBalance} />
                    </Table.Td>
                  </Table.Tr>
                  {statement.entries.map((entry, index) => (
                    <Table.Tr key={`${entry.reference}-${index}`}>
                      <Table.Td>{formatDate(entry.date)}</Table.Td>
                      <Table.Td>{KIND_LABELS[entry.kind] ?? entry.kind}</Table.Td>
                      <Table.Td>{entry.reference}</Table.Td>
                      {statement.consolidated && <Table.Td>{entry.companyName}</Table.Td>}
                      <Table.Td ta="right">
                        <Money money={entry.debit} placeholder="" />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money money={entry.credit} placeholder="" />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money money={entry.balance} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={statement.consolidated ? 6 : 5}>Closing balance</Table.Th>
                    <Table.Td ta="right" fw={700}>
                      <Money money={statement.closingBalance} />
                    </Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </ScrollRegion>
          )}
        </>
      )}
    </Stack>
  );
}
