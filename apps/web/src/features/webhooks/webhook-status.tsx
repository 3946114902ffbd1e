import { Stack, Text } from '@mantine/core';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { WebhookStatus_SubscriptionFragment } from '../../gql/graphql';

export const WebhookStatus_SubscriptionFragmentDoc = graphql(`
  fragment WebhookStatus_subscription on WebhookSubscription {
    id
    status
    consecutiveFailures
  }
`);

/** Why deliveries stopped, or are failing: from the failures in a row the API counts. */
export function webhookStatusReason(subscription: WebhookStatus_SubscriptionFragment): string | null {
  const n = subscription.consecutiveFailures;
  const attempts = n === 1 ? '1 failed attempt' : `${n} failed attempts`;
  if (subscription.status === 'PAUSED')
    return n > 0
      ? `Paused after ${attempts} in a row: nothing is sent until you resume it.`
      : 'Paused: nothing is sent until you resume it.';
  return n > 0 ? `${attempts} in a row since the last success.` : null;
}

/** ACTIVE or PAUSED, with the reason. */
export function WebhookStatus({ subscription }: { subscription: WebhookStatus_SubscriptionFragment }) {
  const reason = webhookStatusReason(subscription);
  return (
    <Stack gap={2} align="flex-start">
      <StatusBadge status={subscription.status} />
      {reason && (
        <Text size="xs" c={subscription.status === 'PAUSED' ? 'red.9' : 'dimmed'} maw={240}>
          {reason}
        </Text>
      )}
    </Stack>
  );
}
