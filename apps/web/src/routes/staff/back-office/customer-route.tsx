import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { roleLabel } from '../../../components/labels';
import { Money } from '../../../components/money';
import { PageHeader } from '../../../components/page-header';
import { PageStatus } from '../../../components/page-status';
import { graphql } from '../../../gql';
import { RequirePermission } from '../../../viewer/require-permission';
import {
  AddAddressDialog,
  AddApprovalRuleDialog,
  CustomerFormDialog,
  GrantAccessDialog,
} from './customer-dialogs';

export const CustomerDocument = graphql(`
  query Customer($id: ID!) {
    node(id: $id) {
      id
      ... on Company {
        ...CustomerForm_company
        parent {
          id
          name
        }
        effectivePricelist {
          id
          name
        }
        effectivePaymentTerm {
          id
          name
        }
        users {
          id
          name
          email
          role
          status
        }
      }
    }
  }
`);

/** A term as it applies: the company's own, else its parent's (said so), else `none`. */
function inherited(
  own: { name: string } | null | undefined,
  effective: { name: string } | null | undefined,
  none: string,
): string {
  if (own) return own.name;
  return effective ? `${effective.name} (from the parent company)` : none;
}

export function CustomerRoute() {
  return (
    <RequirePermission anyOf={['CUSTOMERS_MANAGE', 'PRICING_MANAGE', 'CREDIT_MANAGE']} staff>
      <Customer />
    </RequirePermission>
  );
}

function Section({
  title,
  action,
  children,
}: {
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

/** One customer: terms, credit, addresses, approval rules and portal users. */
function Customer() {
  const { companyId = '' } = useParams();
  const { data, error, refetch } = useQuery(CustomerDocument, {
    variables: { id: companyId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const company = data.node?.__typename === 'Company' ? data.node : null;
  if (!company) return <EmptyState title="Customer not found" description="It does not exist." />;
  return (
    <>
      <Anchor component={Link} to="/staff/customers" size="sm">
        ← Customers
      </Anchor>
      <PageHeader
        title={company.name}
        badge={company.parent ? <Badge variant="light">Part of {company.parent.name}</Badge> : undefined}
        actions={
          <CustomerFormDialog company={company} button={{ label: 'Edit terms', variant: 'default' }} />
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title="Terms and credit">
          <Stack gap={4}>
            <Text>
              <b>Pricelist:</b>{' '}
              {inherited(company.pricelist, company.effectivePricelist, 'none (list prices)')}
            </Text>
            <Text>
              <b>Payment term:</b> {inherited(company.paymentTerm, company.effectivePaymentTerm, 'none')}
            </Text>
            <Text>
              <b>Credit limit:</b> <Money money={company.creditLimit} placeholder="unlimited" />
            </Text>
            <Text>
              <b>Minimum order:</b> <Money money={company.minimumOrderValue} placeholder="none" />
            </Text>
            <Text>
              <b>Access groups:</b> {company.accessGroups.length ? company.accessGroups.join(', ') : 'none'}
            </Text>
            <Text>
              <b>PO number:</b> {company.requiresPurchaseOrderNumber ? 'required' : 'optional'}
            </Text>
          </Stack>
        </Section>
        <Section title="Approval rules" action={<AddApprovalRuleDialog company={company} />}>
          {company.approvalRules.length === 0 ? (
            <Text c="dimmed">Orders need no approval.</Text>
          ) : (
            <Stack gap={4}>
              {company.approvalRules.map((rule, index) => (
                <Text key={index}>
                  {[
                    rule.orderTotalAbove && (
                      <span key="total">
                        Orders above <Money money={rule.orderTotalAbove} />
                      </span>
                    ),
                    rule.lineCountAbove != null && (
                      <span key="lines">more than {rule.lineCountAbove} lines</span>
                    ),
                    rule.category && <span key="cat">with {rule.category.name}</span>,
                  ].filter(Boolean)}
                </Text>
              ))}
            </Stack>
          )}
        </Section>
        <Section title="Addresses" action={<AddAddressDialog company={company} />}>
          {company.addresses.length === 0 ? (
            <Text c="dimmed">No addresses yet.</Text>
          ) : (
            <Stack gap="xs">
              {company.addresses.map((a) => (
                <div key={a.id}>
                  <Group gap="xs">
                    <Text fw={600}>{a.label ?? 'Address'}</Text>
                    {a.isDefaultShipping && <Badge size="sm">Ship-to</Badge>}
                    {a.isDefaultBilling && (
                      <Badge size="sm" color="gray">
                        Bill-to
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">{a.formatted.join(', ')}</Text>
                </div>
              ))}
            </Stack>
          )}
        </Section>
        <Section
          title="Portal users"
          action={<GrantAccessDialog company={company} onDone={() => void refetch()} />}
        >
          {!company.users || company.users.length === 0 ? (
            <Text c="dimmed">No portal users yet.</Text>
          ) : (
            <Table aria-label={`Users of ${company.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {company.users.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      {u.name}
                      <Text size="xs" c="dimmed">
                        {u.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{roleLabel(u.role)}</Table.Td>
                    <Table.Td>{u.status.toLowerCase()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
      </SimpleGrid>
    </>
  );
}
