import { notifications } from '@mantine/notifications';

/** Success feedback; the close button gets a name (axe: button-name). */
export function notifySuccess(message: string): void {
  notifications.show({ message, closeButtonProps: { 'aria-label': 'Dismiss notification' } });
}
