import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { MutationFormModal } from '../../components/mutation-form-modal';
import type { UserErrorFields } from '../../components/user-errors';
import { graphql } from '../../gql';
import { WebhookSecret } from './webhook-secret';

export const CreateWebhookSubscriptionDocument = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        url
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['url', 'eventTypes'] as const;

/** `["input", "eventTypes", "2"]` (one of the types) shows next to the event types as a whole. */
function onTheForm(error: UserErrorFields): UserErrorFields {
  const field = error.field;
  return field?.[0] === 'input' && field[1] === 'eventTypes'
    ? { ...error, field: ['input', 'eventTypes'] }
    : error;
}

export interface CreateWebhookDialogProps {
  /** The event types the API offers (webhookEventTypes). */
  eventTypes: readonly string[];
  /** A subscription was made (reload the list). */
  onCreated: () => void;
}

/**
 * URL + event types → createWebhookSubscription; the server's userErrors next to their field;
 * on success the dialog stays open to show the signing secret once.
 */
export function CreateWebhookDialog({ eventTypes, onCreated }: CreateWebhookDialogProps) {
  const [create] = useMutation(CreateWebhookSubscriptionDocument);
  const [opened, setOpened] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    setOpened(false);
    setSecret(null);
  };
  return (
    <>
      <Button onClick={() => setOpened(true)}>Add a webhook</Button>
      <MutationFormModal
        opened={opened}
        onClose={close}
        title={secret ? 'Webhook added' : 'Add a webhook'}
        size="lg"
        submitLabel="Add webhook"
        fields={FIELDS}
        initialValues={() => ({ url: '', eventTypes: [] as string[] })}
        validate={(v) => ({
          url: v.url.trim() ? null : 'Enter the https URL your app receives events at.',
          eventTypes: v.eventTypes.length ? null : 'Choose at least one event type.',
        })}
        mutate={async (v) => {
          const { data } = await create({
            variables: {
              input: { url: v.url.trim(), eventTypes: eventTypes.filter((t) => v.eventTypes.includes(t)) },
            },
          });
          const payload = data?.createWebhookSubscription;
          return payload && { ...payload, userErrors: payload.userErrors.map(onTheForm) };
        }}
        onSuccess={(payload) => {
          setSecret(payload.secret ?? '');
          onCreated();
          return { stayOpen: true };
        }}
        outcome={
          secret === null ? undefined : (
            <Stack gap="sm">
              <WebhookSecret secret={secret} />
              <Group justify="flex-end">
                <Button onClick={close}>I have copied it</Button>
              </Group>
            </Stack>
          )
        }
      >
        {(form) => (
          <>
            <TextInput
              label="URL"
              description="https, where your app receives the events (e.g. https://partner.example/hooks/portal)"
              placeholder="https://"
              data-autofocus
              {...form.field('url')}
            />
            <Checkbox.Group
              label="Event types"
              description="Each event of these types is sent to the URL."
              {...form.field('eventTypes')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {eventTypes.map((type) => (
                  <Checkbox key={type} value={type} label={type} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </>
        )}
      </MutationFormModal>
    </>
  );
}
