import { Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Permission } from '../gql/graphql';
import { useViewer } from './viewer-context';

export interface RequirePermissionProps {
  /** Shown when the viewer has ANY of these permissions. */
  anyOf: Permission | readonly Permission[];
  /** Also require a staff (true) or customer (false) viewer. */
  staff?: boolean;
  children: ReactNode;
  /** What to show otherwise; defaults to a "not allowed" page. Pass null to hide a button. */
  fallback?: ReactNode;
}

/** Guards a route or hides an action the viewer may not use. */
export function RequirePermission({ anyOf, staff, children, fallback }: RequirePermissionProps) {
  const { canAny, isStaff } = useViewer();
  const list = typeof anyOf === 'string' ? [anyOf] : anyOf;
  const allowed = canAny(list) && (staff === undefined || staff === isStaff);
  if (allowed) return <>{children}</>;
  if (fallback !== undefined) return <>{fallback}</>;
  return <NotAllowed />;
}

export function NotAllowed() {
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1}>Not available</Title>
      <Text>Your role does not allow this page. Ask your portal administrator if you need it.</Text>
      <Button component={Link} to="/" variant="light">
        Go to the home page
      </Button>
    </Stack>
  );
}
