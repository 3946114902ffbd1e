import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';

/**
 * A subscription's signing secret, as createWebhookSubscription and rotateWebhookSecret answer it:
 * shown once, with a copy button, and saying so.
 */
export function WebhookSecret({ secret }: { secret: string }) {
  return (
    <Alert
      color="green"
      icon={<IconKey aria-hidden />}
      title="The signing secret"
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Copy it now: you won&apos;t see it again.
        </Text>
        <Text size="sm">
          Your app checks each delivery&apos;s <Code>Portal-Signature</Code> header with it (HMAC-SHA256 of
          the timestamp and the raw body).
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code style={{ wordBreak: 'break-all' }} data-testid="webhook-secret">
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy'}>
                <ActionIcon variant="light" onClick={copy} aria-label={copied ? 'Copied' : 'Copy the secret'}>
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The secret a rotation answered, in a dialog that only closes on purpose. */
export function WebhookSecretModal({
  secret,
  url,
  onClose,
}: {
  secret: string | null;
  url: string;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={`New signing secret for ${url}`}
      centered
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        {secret && <WebhookSecret secret={secret} />}
        <Text size="sm">Deliveries from now on are signed with the new secret.</Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>I have copied it</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
