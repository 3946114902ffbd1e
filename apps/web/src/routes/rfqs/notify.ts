import { notifications } from '@mantine/notifications';

/** Success/info feedback; the close button is named (axe: button-name). */
export function notify(message: string, color?: string): void {
  notifications.show({ message, color, closeButtonProps: { 'aria-label': 'Dismiss notification' } });
}
