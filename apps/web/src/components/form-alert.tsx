export interface FormAlertProps {
  messages: readonly string[];
}

/** Errors that belong to the whole form, shown at its top and announced when they appear. */
export function FormAlert({ messages }: FormAlertProps) {
  return (
    <div role="alert" className={messages.length > 0 ? 'form-alert' : undefined}>
      {messages.length === 1 && <p>{messages[0]}</p>}
      {messages.length > 1 && (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
