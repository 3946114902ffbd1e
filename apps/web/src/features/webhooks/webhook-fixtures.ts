import { adaLayoutViewer, type LayoutViewer } from '../../test/render-app';

/** A customer's portal admin (USERS_MANAGE): the viewer of the webhook pages in tests. */
export const portalAdminViewer: LayoutViewer = {
  ...adaLayoutViewer,
  user: { ...adaLayoutViewer.user, role: 'PORTAL_ADMIN' },
  permissions: ['USERS_MANAGE', 'PROFILE_EDIT', 'PRICES_CONTRACT'],
};

export const SUBSCRIPTION_ID = 'V2ViaG9va1N1YnNjcmlwdGlvbjox';
export const HOOK_URL = 'https://partner.example/hooks/portal';

export function delivery(
  n: number,
  fields: Partial<{
    status: 'SENT' | 'FAILED' | 'PENDING';
    lastStatusCode: number | null;
    attempts: number;
    lastError: string | null;
    eventType: string;
  }> = {},
) {
  const status = fields.status ?? 'SENT';
  return {
    __typename: 'WebhookDelivery' as const,
    id: `V2ViaG9va0RlbGl2ZXJ5Oj${n}`,
    createdAt: `2026-11-${String(20 + (n % 7)).padStart(2, '0')}T08:30:00.000Z`,
    eventType: fields.eventType ?? 'order.confirmed',
    status,
    lastStatusCode: fields.lastStatusCode === undefined ? 200 : fields.lastStatusCode,
    attempts: fields.attempts ?? 1,
    lastError: fields.lastError ?? null,
    nextAttemptAt: status === 'PENDING' ? '2026-11-27T09:05:00.000Z' : null,
    finishedAt: status === 'PENDING' ? null : '2026-11-26T08:30:01.000Z',
  };
}
