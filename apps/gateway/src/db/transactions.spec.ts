import { describe, expect, it } from 'vitest';
import { isRetryableConflict, retryDelayMs } from './transactions';

describe('isRetryableConflict', () => {
  it('retries what the database aborted to settle a conflict, and nothing else', () => {
    expect(isRetryableConflict({ driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK' } })).toBe(true);
    expect(isRetryableConflict({ code: 'ER_LOCK_DEADLOCK' })).toBe(true);
    expect(isRetryableConflict({ driverError: { code: 'SQLITE_BUSY' } })).toBe(true);
    // Another process wrote since this transaction's snapshot: run it again on a new one.
    expect(isRetryableConflict({ driverError: { code: 'SQLITE_BUSY_SNAPSHOT' } })).toBe(true);
    expect(isRetryableConflict({ driverError: { errno: 1062, code: 'ER_DUP_ENTRY' } })).toBe(false);
    expect(isRetryableConflict({ driverError: { code: 'SQLITE_CONSTRAINT_UNIQUE' } })).toBe(false);
    expect(isRetryableConflict(new Error('boom'))).toBe(false);
  });

  it('backs off with jitter, capped', () => {
    expect(retryDelayMs(1, () => 1)).toBe(20);
    expect(retryDelayMs(10, () => 1)).toBe(1000);
    expect(retryDelayMs(3, () => 0)).toBe(0);
  });
});
