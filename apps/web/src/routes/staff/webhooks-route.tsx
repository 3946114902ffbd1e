import { useParams } from 'react-router';
import { WebhookLogPage } from '../../features/webhooks/webhook-log-page';
import { WebhooksPage } from '../../features/webhooks/webhooks-page';
import { RequirePermission } from '../../viewer/require-permission';

/** Staff's webhooks (every company's events): the gateway asks USERS_MANAGE (staff admins). */
export function StaffWebhooksRoute() {
  return (
    <RequirePermission anyOf="USERS_MANAGE" staff>
      <WebhooksPage basePath="/staff/webhooks" />
    </RequirePermission>
  );
}

export function StaffWebhookLogRoute() {
  const { subscriptionId = '' } = useParams();
  return (
    <RequirePermission anyOf="USERS_MANAGE" staff>
      <WebhookLogPage basePath="/staff/webhooks" subscriptionId={subscriptionId} />
    </RequirePermission>
  );
}
