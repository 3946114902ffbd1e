import { Anchor, Center, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PORTAL_NAME } from '../components/app-header';

export function NotFoundRoute() {
  return (
    <Center component="main" id="main" p="md" pt="xl">
      <Paper component="section" withBorder p="xl" maw={440} aria-labelledby="not-found-title">
        <title>{`Page not found · ${PORTAL_NAME}`}</title>
        <Title order={1} size="h2" id="not-found-title" mb="sm">
          Page not found
        </Title>
        <Text mb="sm">The address may be mistyped, or the page has moved.</Text>
        <Anchor component={Link} to="/">
          Go to the home page
        </Anchor>
      </Paper>
    </Center>
  );
}
