// Sliding-window rate limits, as the protocol document's RateLimiter describes, over several keys at once.

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: how long until the oldest message in the fullest window leaves it. */
  retryAfterMs: number;
  /** When refused: the key whose window was full (e.g. `session:…`, `address:…`). */
  limitedBy?: string;
}

/** One window a message must fit into: its key and how many messages that key may have per window. */
export interface RateLimit {
  key: string;
  max: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly maxMessages: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  check(key: string): RateLimitDecision {
    return this.take([{ key, max: this.maxMessages }]);
  }

  /**
   * Counts one message against every window, or against none when any of them is full: a refused
   * message does not use up the allowance of the others.
   */
  take(limits: readonly RateLimit[]): RateLimitDecision {
    const now = this.now();
    let refused: RateLimitDecision | undefined;
    const windows = limits.map(({ key, max }) => {
      const window = this.windowOf(key, now);
      if (window.length >= max) {
        const retryAfterMs = Math.max(1, this.windowMs - (now - (window[window.length - max] ?? now)));
        if (!refused || retryAfterMs > refused.retryAfterMs)
          refused = { allowed: false, retryAfterMs, limitedBy: key };
      }
      return window;
    });
    if (refused) return refused;
    for (const window of windows) window.push(now);
    return { allowed: true, retryAfterMs: 0 };
  }

  /** Drops windows with nothing left in them, so idle sessions cost nothing. */
  sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) {
      const last = window[window.length - 1];
      if (last === undefined || now - last >= this.windowMs) this.windows.delete(key);
    }
  }

  private windowOf(key: string, now: number): number[] {
    const window = this.windows.get(key) ?? [];
    let expired = 0;
    while (expired < window.length && now - (window[expired] as number) >= this.windowMs) expired += 1;
    if (expired > 0) window.splice(0, expired);
    this.windows.set(key, window);
    return window;
  }
}
