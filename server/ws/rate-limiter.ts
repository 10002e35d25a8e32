// Sliding-window rate limit per session, as the protocol document's RateLimiter describes.

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: how long until the oldest message in the window leaves it. */
  retryAfterMs: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly maxMessages: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  check(key: string): RateLimitDecision {
    const now = this.now();
    const window = this.windows.get(key) ?? [];
    let expired = 0;
    while (expired < window.length && now - (window[expired] as number) >= this.windowMs) expired += 1;
    if (expired > 0) window.splice(0, expired);
    this.windows.set(key, window);
    if (window.length >= this.maxMessages) {
      return { allowed: false, retryAfterMs: Math.max(1, this.windowMs - (now - (window[0] as number))) };
    }
    window.push(now);
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
}
