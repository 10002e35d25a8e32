import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows maxMessages in a sliding window and says when the next one fits', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([1, 2, 3].map(() => limiter.check('s').allowed)).toEqual([true, true, true]);
    now = 400;
    expect(limiter.check('s')).toMatchObject({ allowed: false, retryAfterMs: 600 });
    expect(limiter.check('other').allowed).toBe(true);
    now = 1000;
    expect(limiter.check('s').allowed).toBe(true);
  });

  it('counts a message against every key or, when one is full, against none', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 1000, () => now);
    const both = [
      { key: 'session:a', max: 10 },
      { key: 'address:x', max: 2 },
    ];
    expect(limiter.take(both).allowed).toBe(true);
    now = 100;
    expect(limiter.take(both).allowed).toBe(true);
    now = 200;
    expect(limiter.take(both)).toEqual({ allowed: false, retryAfterMs: 800, limitedBy: 'address:x' });
    // The refused message used none of the session's allowance.
    expect(limiter.take([{ key: 'session:a', max: 3 }]).allowed).toBe(true);
    expect(limiter.take([{ key: 'session:a', max: 3 }]).allowed).toBe(false);
  });

  it('forgets sessions whose window has emptied', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 100, () => now);
    limiter.check('s');
    now = 200;
    limiter.sweep();
    expect(limiter.check('s').allowed).toBe(true);
  });
});
