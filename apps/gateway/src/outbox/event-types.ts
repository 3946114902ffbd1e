/** The business events that cause e-mails (and, later, webhooks), named `<subject>.<what happened>`. */
export const EVENT_TYPES = [
  'order.submitted',
  'order.confirmed',
  'order.approval_needed',
  'order.approval_decided',
  'order.delivery_issue',
  'quote.sent',
  'quote.accepted',
  'quote.responded',
  'quote.expired',
  'rfq.submitted',
  'rfq.expired',
  'shipment.shipped',
  'invoice.issued',
  'invoice.due_reminder',
  'invoice.overdue_reminder',
  'payment.succeeded',
  'payment.failed',
  'payment.refunded',
  'statement.nightly',
  'webhook.paused',
  'user.invited',
  'account.password_reset_requested',
  'account.password_changed',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
