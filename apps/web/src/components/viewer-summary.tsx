import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { ViewerSummary_ViewerFragment } from '../gql/graphql';
import { permissionLabel, roleLabel } from './labels';

export const ViewerSummary_ViewerFragmentDoc = graphql(`
  fragment ViewerSummary_viewer on Viewer {
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
  }
`);

export interface ViewerSummaryProps {
  viewer: ViewerSummary_ViewerFragment;
}

/** Who is signed in, for which company, and what they may do. */
export function ViewerSummary({ viewer }: ViewerSummaryProps) {
  const { user, company, permissions } = viewer;
  const details: [string, string][] = [
    ['Name', user.name],
    ['E-mail', user.email],
    ['Role', roleLabel(user.role)],
    ['Company', company?.name ?? 'No company'],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="viewer-summary-title" maw={720}>
      <Title order={2} size="h3" id="viewer-summary-title" mb="sm">
        Your account
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" m={0}>
        {details.map(([term, value]) => (
          <div key={term}>
            <Text component="dt" size="sm" c="dimmed">
              {term}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Title order={3} size="h4" id="viewer-permissions-title" mt="md" mb="xs">
        What you can do
      </Title>
      {permissions.length > 0 ? (
        <List aria-labelledby="viewer-permissions-title" size="sm">
          {permissions.map((permission) => (
            <List.Item key={permission}>{permissionLabel(permission)}</List.Item>
          ))}
        </List>
      ) : (
        <Text>Your role has no permissions yet. Ask your portal administrator.</Text>
      )}
    </Card>
  );
}
