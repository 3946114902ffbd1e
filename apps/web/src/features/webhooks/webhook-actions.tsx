import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { useMutationAction } from '../../components/use-mutation-action';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { WebhookActions_SubscriptionFragment } from '../../gql/graphql';
import { WebhookSecretModal } from './webhook-secret';

export const WebhookActions_SubscriptionFragmentDoc = graphql(`
  fragment WebhookActions_subscription on WebhookSubscription {
    id
    url
    status
  }
`);

/** What resume, rotate and delete give back: the subscription's new state (and a new secret). */
export const WebhookActions_PayloadFragmentDoc = graphql(`
  fragment WebhookActions_payload on WebhookSubscriptionPayload {
    secret
    subscription {
      id
      status
      consecutiveFailures
    }
    userErrors {
      ...UserErrors_userError
    }
  }
`);

export const ResumeWebhookSubscriptionDocument = graphql(`
  mutation ResumeWebhookSubscription($input: WebhookSubscriptionActionInput!) {
    resumeWebhookSubscription(input: $input) {
      ...WebhookActions_payload
    }
  }
`);

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($input: WebhookSubscriptionActionInput!) {
    rotateWebhookSecret(input: $input) {
      ...WebhookActions_payload
    }
  }
`);

export const DeleteWebhookSubscriptionDocument = graphql(`
  mutation DeleteWebhookSubscription($input: WebhookSubscriptionActionInput!) {
    deleteWebhookSubscription(input: $input) {
      ...WebhookActions_payload
    }
  }
`);

export interface WebhookActionsProps {
  subscription: WebhookActions_SubscriptionFragment;
  /** After a delete (reload the list, or leave the subscription's page). */
  onDeleted: () => void;
  size?: 'xs' | 'sm';
}

/** Resume (when paused), rotate the secret (asks first, then shows it once), delete (asks first). */
export function WebhookActions({ subscription, onDeleted, size = 'xs' }: WebhookActionsProps) {
  const [resume] = useMutation(ResumeWebhookSubscriptionDocument);
  const [rotate] = useMutation(RotateWebhookSecretDocument);
  const [remove] = useMutation(DeleteWebhookSubscriptionDocument);
  const [secret, setSecret] = useState<string | null>(null);
  const action = useMutationAction();
  const input = { subscriptionId: subscription.id };
  const { url } = subscription;

  return (
    <>
      <Group gap="xs" wrap="nowrap">
        {subscription.status === 'PAUSED' && (
          <ConfirmButton
            size={size}
            variant="light"
            aria-label={`Resume ${url}`}
            pendingLabel="Resuming…"
            onConfirm={() =>
              action.run(
                async () => (await resume({ variables: { input } })).data?.resumeWebhookSubscription,
                () => `Deliveries to ${url} are resumed.`,
              )
            }
          >
            Resume
          </ConfirmButton>
        )}
        <ConfirmButton
          size={size}
          variant="light"
          aria-label={`Rotate secret of ${url}`}
          confirmTitle="Rotate the signing secret?"
          confirmMessage={`Deliveries to ${url} are signed with a new secret from now on: your app must use it before they verify again.`}
          confirmLabel="Rotate secret"
          pendingLabel="Rotating…"
          onConfirm={() =>
            action.run(
              async () => (await rotate({ variables: { input } })).data?.rotateWebhookSecret,
              (payload) => setSecret(payload.secret ?? null),
            )
          }
        >
          Rotate secret
        </ConfirmButton>
        <ConfirmButton
          size={size}
          variant="light"
          color="red"
          aria-label={`Delete ${url}`}
          confirmTitle="Delete this webhook?"
          confirmMessage={`${url} gets no more events; deliveries still waiting are given up.`}
          confirmLabel="Delete"
          pendingLabel="Deleting…"
          onConfirm={() =>
            action.run(
              async () => (await remove({ variables: { input } })).data?.deleteWebhookSubscription,
              () => {
                onDeleted();
                return `The webhook to ${url} is deleted.`;
              },
            )
          }
        >
          Delete
        </ConfirmButton>
      </Group>
      <UserErrorsAlert errors={action.errors} title="Not done" />
      <WebhookSecretModal secret={secret} url={url} onClose={() => setSecret(null)} />
    </>
  );
}
