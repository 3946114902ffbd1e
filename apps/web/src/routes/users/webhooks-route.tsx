import { useParams } from 'react-router';
import { WebhookLogPage } from '../../features/webhooks/webhook-log-page';
import { WebhooksPage } from '../../features/webhooks/webhooks-page';
import { RequirePermission } from '../../viewer/require-permission';

/** A portal admin's webhooks (their company's events), next to the company's users. */
export function WebhooksRoute() {
  return (
    <RequirePermission anyOf="USERS_MANAGE" staff={false}>
      <WebhooksPage basePath="/users/webhooks" />
    </RequirePermission>
  );
}

export function WebhookLogRoute() {
  const { subscriptionId = '' } = useParams();
  return (
    <RequirePermission anyOf="USERS_MANAGE" staff={false}>
      <WebhookLogPage basePath="/users/webhooks" subscriptionId={subscriptionId} />
    </RequirePermission>
  );
}
