import { useMutation, useQuery } from '@apollo/client/react';
import { Select, Stack, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { roleLabel } from '../../components/labels';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { Role, UserRow_UserFragment, UserStatus } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { CUSTOMER_ROLE_OPTIONS } from './customer-roles';
import { InviteUserDialog } from './invite-user-dialog';
import { notify, notifySuccess } from '../../lib/notify';

export const UserRow_UserFragmentDoc = graphql(`
  fragment UserRow_user on User {
    id
    name
    email
    role
    status
    lastLoginAt
  }
`);

export const CompanyUsersDocument = graphql(`
  query CompanyUsers {
    viewer {
      user {
        id
      }
      company {
        id
        name
        users {
          id
          ...UserRow_user
        }
      }
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        ...UserRow_user
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export function UsersRoute() {
  return (
    <RequirePermission anyOf="USERS_MANAGE">
      <UsersPage />
    </RequirePermission>
  );
}

function UsersPage() {
  const { data, error, refetch } = useQuery(CompanyUsersDocument);
  const [update] = useMutation(UpdateUserDocument);
  const selfId = data?.viewer?.user.id;

  async function change(
    user: UserRow_UserFragment,
    input: { role?: Role; status?: UserStatus },
    done: string,
  ) {
    try {
      const { data: result } = await update({ variables: { input: { userId: user.id, ...input } } });
      const errors = result?.updateUser.userErrors ?? [];
      if (errors.length) {
        notify(errors.map((e) => e.message).join(' '), {
          color: 'red',
          title: `${user.name} was not changed`,
        });
        return;
      }
      notifySuccess(done);
    } catch (e) {
      notify(unexpectedErrorMessage(e), { color: 'red' });
    }
  }

  const columns: ColumnDef<UserRow_UserFragment>[] = [
    {
      id: 'name',
      header: 'Name',
      accessorKey: 'name',
      cell: ({ row }) => (
        <Stack gap={0}>
          <Text fw={600}>
            {row.original.name}
            {row.original.id === selfId && (
              <Text span c="dimmed" size="sm">
                {' '}
                (you)
              </Text>
            )}
          </Text>
          <Text size="sm" c="dimmed">
            {row.original.email}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'role',
      header: 'Role',
      accessorKey: 'role',
      cell: ({ row }) =>
        row.original.id === selfId ? (
          roleLabel(row.original.role)
        ) : (
          <Select
            aria-label={`Role of ${row.original.name}`}
            data={CUSTOMER_ROLE_OPTIONS}
            value={row.original.role}
            allowDeselect={false}
            w={200}
            onChange={(value) =>
              value &&
              value !== row.original.role &&
              void change(
                row.original,
                { role: value as Role },
                `${row.original.name} is now ${roleLabel(value as Role).toLowerCase()}.`,
              )
            }
          />
        ),
    },
    {
      id: 'status',
      header: 'Status',
      accessorKey: 'status',
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    },
    {
      id: 'actions',
      header: 'Actions',
      enableSorting: false,
      cell: ({ row }) => {
        const user = row.original;
        if (user.id === selfId) return null;
        return user.status === 'DISABLED' ? (
          <ConfirmButton
            size="xs"
            variant="light"
            confirmTitle={`Enable ${user.name}?`}
            confirmMessage={`${user.name} can sign in again.`}
            confirmLabel="Enable"
            aria-label={`Enable ${user.name}`}
            pendingLabel="Enabling…"
            onConfirm={() => change(user, { status: 'ACTIVE' }, `${user.name} is enabled.`)}
          >
            Enable
          </ConfirmButton>
        ) : (
          <ConfirmButton
            size="xs"
            variant="light"
            color="red"
            confirmTitle={`Disable ${user.name}?`}
            confirmMessage={`${user.name} will be signed out and can no longer sign in.`}
            confirmLabel="Disable"
            aria-label={`Disable ${user.name}`}
            pendingLabel="Disabling…"
            onConfirm={() => change(user, { status: 'DISABLED' }, `${user.name} is disabled.`)}
          >
            Disable
          </ConfirmButton>
        );
      },
    },
  ];

  if (!data) return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  const users = data.viewer?.company?.users ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title="Company users"
        description={
          data.viewer?.company ? `Who can use the portal for ${data.viewer.company.name}.` : undefined
        }
        actions={<InviteUserDialog onInvited={() => void refetch()} />}
      />
      <DataTable
        caption="Company users"
        data={users}
        columns={columns}
        getRowId={(u) => u.id}
        empty={<EmptyState title="No users yet" description="Invite your colleagues to order online." />}
      />
    </Stack>
  );
}
