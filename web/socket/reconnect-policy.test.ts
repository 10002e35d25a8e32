// Tests the reconnect backoff schedule.
import { describe, expect, it } from 'vitest';
import { MAX_RECONNECT_ATTEMPTS, reconnectDelayMs, restoreRetryDelayMs } from './reconnect-policy.ts';

describe('reconnectDelayMs', () => {
  it('doubles from one second and stops growing at thirty', () => {
    const schedule = Array.from({ length: MAX_RECONNECT_ATTEMPTS }, (_, attempt) =>
      reconnectDelayMs(attempt),
    );
    expect(schedule).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000, 30000]);
  });
});

describe('restoreRetryDelayMs', () => {
  const error = (code: string, retry?: number) =>
    ({
      type: 'error',
      error_code: code,
      message: '',
      details: {},
      timestamp: '',
      retry_after_ms: retry,
    }) as const;

  it('waits as long as the server says before restoring again, and never retries other errors', () => {
    expect(restoreRetryDelayMs(error('RESTORE_LIMITED', 4200))).toBe(4200);
    expect(restoreRetryDelayMs(error('RESTORE_LIMITED'))).toBe(1000);
    expect(restoreRetryDelayMs(error('RATE_LIMITED', 4200))).toBeNull();
    expect(restoreRetryDelayMs({ type: 'pong', timestamp: '' })).toBeNull();
  });
});
