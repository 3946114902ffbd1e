import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { TemplateRow_OrderTemplateFragment } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';
import { formatDateTime } from '../../lib/format-date';
import { TemplateRunButtons } from './template-run';
import { notifySuccess } from '../../lib/notify';

export const TemplateRow_OrderTemplateFragmentDoc = graphql(`
  fragment TemplateRow_orderTemplate on OrderTemplate {
    id
    name
    shared
    lastUsedAt
    owner {
      id
      name
    }
    lines {
      quantity
      product {
        id
        sku
      }
    }
  }
`);

export const OrderTemplatesDocument = graphql(`
  query OrderTemplates {
    orderTemplates {
      id
      ...TemplateRow_orderTemplate
    }
  }
`);

export const DeleteOrderTemplateDocument = graphql(`
  mutation DeleteOrderTemplate($input: DeleteOrderTemplateInput!) {
    deleteOrderTemplate(input: $input) {
      deletedId
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export function TemplateListRoute() {
  return (
    <RequirePermission anyOf={['ORDERS_DRAFT', 'ORDERS_SUBMIT']}>
      <TemplateList />
    </RequirePermission>
  );
}

function TemplateList() {
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(OrderTemplatesDocument, { fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(DeleteOrderTemplateDocument, { refetchQueries: ['OrderTemplates'] });
  const [errors, setErrors] = useState<string[]>([]);

  const columns = useMemo<ColumnDef<TemplateRow_OrderTemplateFragment>[]>(
    () => [
      {
        id: 'name',
        header: 'Template',
        accessorFn: (t) => t.name,
        cell: ({ row }) => {
          const t = row.original;
          const mine = t.owner.id === viewer.user.id;
          return (
            <Group gap="xs">
              {mine ? (
                <Anchor component={Link} to={`/templates/${t.id}`} fw={600}>
                  {t.name}
                </Anchor>
              ) : (
                <Text fw={600}>{t.name}</Text>
              )}
              {t.shared && (
                <Badge
                  variant="light"
                  size="sm"
                  tt="none"
                  styles={{ label: { color: 'var(--mantine-color-blue-9)' } }}
                >
                  Shared
                </Badge>
              )}
            </Group>
          );
        },
      },
      { id: 'owner', header: 'Owner', accessorFn: (t) => t.owner.name },
      {
        id: 'lines',
        header: 'Items',
        enableSorting: false,
        cell: ({ row }) => (
          <Text size="sm" lineClamp={2} maw={260}>
            {row.original.lines.length} · {row.original.lines.map((l) => l.product.sku).join(', ')}
          </Text>
        ),
      },
      {
        id: 'lastUsedAt',
        header: 'Last used',
        accessorFn: (t) => t.lastUsedAt ?? '',
        cell: ({ row }) => (row.original.lastUsedAt ? formatDateTime(row.original.lastUsedAt) : 'Never'),
      },
      {
        id: 'actions',
        header: 'Actions',
        enableSorting: false,
        cell: ({ row }) => {
          const t = row.original;
          const mine = t.owner.id === viewer.user.id;
          return (
            <Stack gap={6}>
              <TemplateRunButtons templateId={t.id} templateName={t.name} />
              {mine && (
                <Group gap="xs">
                  <Anchor component={Link} to={`/templates/${t.id}`} size="sm" aria-label={`Edit ${t.name}`}>
                    Edit
                  </Anchor>
                  <ConfirmButton
                    size="xs"
                    variant="outline"
                    color="red.9"
                    confirmTitle={`Delete template “${t.name}”?`}
                    confirmMessage="The template is removed for everyone it is shared with. Orders made from it stay."
                    confirmLabel="Delete template"
                    pendingLabel="Deleting…"
                    aria-label={`Delete ${t.name}`}
                    onConfirm={async () => {
                      setErrors([]);
                      try {
                        const { data: result } = await remove({ variables: { input: { templateId: t.id } } });
                        const payload = result?.deleteOrderTemplate;
                        if (payload?.userErrors.length) setErrors(payload.userErrors.map((e) => e.message));
                        else notifySuccess(`Template “${t.name}” deleted.`);
                      } catch (e) {
                        setErrors([unexpectedErrorMessage(e)]);
                      }
                    }}
                  >
                    Delete
                  </ConfirmButton>
                </Group>
              )}
            </Stack>
          );
        },
      },
    ],
    [remove, viewer.user.id],
  );

  if (!data) return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;

  return (
    <Stack>
      <PageHeader
        title="Order templates"
        description="Your templates and the ones your company shares. Place an order in one click, or start a draft."
      />
      <UserErrorsAlert errors={errors} />
      <DataTable
        caption="Order templates"
        data={data.orderTemplates}
        columns={columns}
        getRowId={(t) => t.id}
        empty={
          <EmptyState
            title="No templates yet"
            description="Open a past order and choose “Save as template” to reorder it in one click."
            action={
              <Anchor component={Link} to="/orders">
                Go to your orders
              </Anchor>
            }
          />
        }
      />
    </Stack>
  );
}
