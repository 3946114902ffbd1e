import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';

export interface PageStatusProps {
  error?: boolean;
  onRetry?: () => void;
}

/** Loading or failed state of a page's query. */
export function PageStatus({ error = false, onRetry }: PageStatusProps) {
  if (!error) {
    return (
      <Center role="status" py="xl" aria-live="polite">
        <Stack align="center" gap="xs">
          <Loader size="md" aria-hidden />
          <Text>Loading…</Text>
        </Stack>
      </Center>
    );
  }
  return (
    <Alert role="alert" color="red" title="This page could not be loaded." m="md">
      {onRetry && (
        <Button variant="light" color="red" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
