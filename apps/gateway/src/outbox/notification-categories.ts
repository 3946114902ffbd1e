import type { NotificationCategory } from '../entity';
import type { EventType } from './event-types';

/** The categories a user may turn off, in the order the profile page lists them. */
export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = [
  'ORDERS',
  'APPROVALS',
  'QUOTES',
  'SHIPMENTS',
  'INVOICES',
  'STATEMENTS',
];

/**
 * The category of each event's e-mails, or null for the e-mails nobody can turn off: security
 * mails (invitations, password resets and changes) and notices about the user's own webhooks.
 */
export const CATEGORY_OF_EVENT: Readonly<Record<EventType, NotificationCategory | null>> = {
  'order.submitted': 'ORDERS',
  'order.confirmed': 'ORDERS',
  'order.delivery_issue': 'ORDERS',
  'order.approval_needed': 'APPROVALS',
  'order.approval_decided': 'APPROVALS',
  'quote.sent': 'QUOTES',
  'quote.accepted': 'QUOTES',
  'quote.responded': 'QUOTES',
  'quote.expired': 'QUOTES',
  'rfq.submitted': 'QUOTES',
  'rfq.expired': 'QUOTES',
  'shipment.shipped': 'SHIPMENTS',
  'invoice.issued': 'INVOICES',
  'invoice.due_reminder': 'INVOICES',
  'invoice.overdue_reminder': 'INVOICES',
  'payment.succeeded': 'INVOICES',
  'payment.failed': 'INVOICES',
  'payment.refunded': 'INVOICES',
  'statement.nightly': 'STATEMENTS',
  'webhook.paused': null,
  'user.invited': null,
  'account.password_reset_requested': null,
  'account.password_changed': null,
};

/**
 * E-mails that carry a secret link (an invitation, a password reset): once delivered, their
 * stored body is replaced by a note, so the secret is not kept at rest in the outbox.
 */
export const SECRET_EVENT_TYPES: ReadonlySet<string> = new Set<EventType>([
  'user.invited',
  'account.password_reset_requested',
]);

export function categoryOfEvent(eventType: string): NotificationCategory | null {
  return (CATEGORY_OF_EVENT as Record<string, NotificationCategory | null>)[eventType] ?? null;
}
