export interface PageStatusProps {
  error?: boolean;
  onRetry?: () => void;
}

/** Loading or failed state of a page's query. */
export function PageStatus({ error = false, onRetry }: PageStatusProps) {
  if (!error) {
    return (
      <p role="status" className="page-status">
        Loading…
      </p>
    );
  }
  return (
    <div role="alert" className="page-status page-status--error">
      <p>This page could not be loaded.</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
