import { notifications } from '@mantine/notifications';

export interface NotifyOptions {
  /** "green" for a success, "red" for a failure; the theme's primary colour otherwise. */
  color?: string;
  title?: string;
}

/** Feedback in the corner of the screen; the close button has a name (axe: button-name). */
export function notify(message: string, { color, title }: NotifyOptions = {}): void {
  notifications.show({
    message,
    color,
    title,
    closeButtonProps: { 'aria-label': 'Dismiss notification' },
  });
}

/** What a successful action did ("Invoice INV-000057 issued."). */
export function notifySuccess(message: string): void {
  notify(message, { color: 'green' });
}
