// The row clock: real time when it moves on, one millisecond later when it has not.
import { describe, expect, it } from 'vitest';
import { createTimestampClock } from './clock.ts';

describe('createTimestampClock', () => {
  it('follows the given time while it moves forward', () => {
    const times = ['2025-01-28T10:30:00.000Z', '2025-01-28T10:30:05.250Z'];
    const clock = createTimestampClock(() => new Date(times.shift() ?? 0));
    expect([clock(), clock()]).toEqual(['2025-01-28T10:30:00.000Z', '2025-01-28T10:30:05.250Z']);
  });

  it('never repeats or goes backwards when the time stands still or jumps back', () => {
    const times = ['2025-01-28T10:30:00.000Z', '2025-01-28T10:30:00.000Z', '2025-01-28T10:29:00.000Z'];
    const clock = createTimestampClock(() => new Date(times.shift() ?? 0));
    expect([clock(), clock(), clock()]).toEqual([
      '2025-01-28T10:30:00.000Z',
      '2025-01-28T10:30:00.001Z',
      '2025-01-28T10:30:00.002Z',
    ]);
  });
});
