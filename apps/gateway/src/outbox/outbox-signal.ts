/**
 * Wakes this process's outbox worker when a transaction that wrote outbox messages committed,
 * so a message goes out at once rather than at the next poll. Only a hint: the messages are in
 * the database, and a worker in any process finds them at its next poll anyway.
 */
export class OutboxSignal {
  private written = false;
  private readonly listeners = new Set<() => void>();

  /** Called inside the transaction that writes messages. */
  wrote(): void {
    this.written = true;
  }

  /** Called after every commit: wakes the listeners when messages were written since the last wake. */
  committed(): void {
    if (!this.takeWritten()) return;
    for (const listener of this.listeners) listener();
  }

  /** True once after messages were written (and resets). */
  takeWritten(): boolean {
    const written = this.written;
    this.written = false;
    return written;
  }

  onWake(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
