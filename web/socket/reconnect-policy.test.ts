// Tests the reconnect backoff schedule.
import { describe, expect, it } from 'vitest';
import { MAX_RECONNECT_ATTEMPTS, reconnectDelayMs } from './reconnect-policy.ts';

describe('reconnectDelayMs', () => {
  it('doubles from one second and stops growing at thirty', () => {
    const schedule = Array.from({ length: MAX_RECONNECT_ATTEMPTS }, (_, attempt) =>
      reconnectDelayMs(attempt),
    );
    expect(schedule).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000, 30000]);
  });
});
