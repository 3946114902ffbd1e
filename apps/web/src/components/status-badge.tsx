import { Badge } from '@mantine/core';
/**
 * Any status enum value: OrderStatus, InvoiceStatus, RfqStatus, ApprovalStatus, PaymentStatus,
 * UserStatus (codegen emits only the enums our documents use, so this takes their string values).
 */
export type Status = string;

const COLORS: Record<string, string> = {
  // orders
  DRAFT: 'gray',
  PENDING_APPROVAL: 'yellow',
  QUOTATION: 'grape',
  SALES_ORDER: 'blue',
  IN_PROGRESS: 'cyan',
  SHIPPED: 'indigo',
  DELIVERED: 'teal',
  INVOICED: 'green',
  CANCELLED: 'gray',
  // invoices / payments
  OPEN: 'blue',
  OVERDUE: 'red',
  PAID: 'green',
  PENDING: 'yellow',
  SUCCEEDED: 'green',
  FAILED: 'red',
  REFUNDED: 'gray',
  // RFQs / approvals / users
  SUBMITTED: 'blue',
  QUOTED: 'grape',
  CHANGES_REQUESTED: 'orange',
  ACCEPTED: 'green',
  DECLINED: 'red',
  EXPIRED: 'gray',
  APPROVED: 'green',
  REJECTED: 'red',
  ACTIVE: 'green',
  INVITED: 'yellow',
  DISABLED: 'gray',
  // outbox messages, webhook subscriptions
  SENT: 'green',
  PAUSED: 'orange',
};

const LABELS: Record<string, string> = {
  PENDING_APPROVAL: 'Awaiting approval',
  SALES_ORDER: 'Confirmed',
  IN_PROGRESS: 'In progress',
  CHANGES_REQUESTED: 'Changes requested',
};

export function statusLabel(status: string): string {
  if (LABELS[status]) return LABELS[status];
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface StatusBadgeProps {
  status: Status;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/**
 * Styles of a "light" badge whose text must stay readable: near-black on the pale colour (shade 9
 * of green/teal/yellow on its pale background is below AA, e.g. green 3.8:1).
 */
export const READABLE_LABEL = { label: { color: 'var(--mantine-color-gray-9)' } } as const;

/** READABLE_LABEL, and the whole label always: never cut to "Over…" in a narrow table column. */
const STATUS_BADGE_STYLES = {
  root: { maxWidth: 'none', flexShrink: 0 },
  label: { ...READABLE_LABEL.label, overflow: 'visible' },
} as const;

/** Order, invoice, RFQ, approval, payment or user status; colour never the only signal (text). */
export function StatusBadge({ status, size = 'md' }: StatusBadgeProps) {
  // The colour stays in the background; the text is near-black (READABLE_LABEL).
  return (
    <Badge
      color={COLORS[status] ?? 'gray'}
      variant="light"
      size={size}
      tt="none"
      styles={STATUS_BADGE_STYLES}
    >
      {statusLabel(status)}
    </Badge>
  );
}
