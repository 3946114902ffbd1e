import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { UserErrorFields } from './user-errors';

export interface UserErrorsAlertProps {
  /** Messages for the whole form (splitUserErrors(...).form), or raw userErrors. */
  errors: readonly (string | UserErrorFields)[];
  title?: string;
}

/** The form-level userErrors above a form; renders nothing when there are none. */
export function UserErrorsAlert({ errors, title = 'Please check the following' }: UserErrorsAlertProps) {
  if (errors.length === 0) return null;
  const messages = errors.map((e) => (typeof e === 'string' ? e : e.message));
  return (
    <Alert color="red" title={title} icon={<IconAlertCircle aria-hidden />} mb="md">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((m, i) => (
            <List.Item key={`${i}-${m}`}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
