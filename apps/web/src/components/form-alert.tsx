import { List, Paper } from '@mantine/core';

export interface FormAlertProps {
  messages: readonly string[];
}

/** Errors that belong to the whole form, shown at its top and announced when they appear. */
export function FormAlert({ messages }: FormAlertProps) {
  // The live region stays mounted so screen readers announce the messages when they arrive.
  return (
    <div role="alert">
      {messages.length > 0 && (
        <Paper
          bg="red.0"
          c="red.9"
          p="sm"
          mb="md"
          withBorder
          style={{ borderColor: 'var(--mantine-color-red-6)' }}
        >
          {messages.length === 1 ? (
            messages[0]
          ) : (
            <List size="sm">
              {messages.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Paper>
      )}
    </div>
  );
}
