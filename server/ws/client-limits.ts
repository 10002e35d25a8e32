// What one connection may ask for: messages per session, owner and address; restores per connection, session, owner and address.
import type { ClientLimitsConfig } from '../limits-config.ts';
import { type RateLimit, type RateLimitDecision, RateLimiter } from './rate-limiter.ts';

/** Who is asking: the keys a connection's requests are counted under. */
export interface ClientIdentity {
  connectionId: number;
  sessionId: string;
  /** The owner cookie's token, or null. */
  owner: string | null;
  /** The remote address as `clientKeyOfAddress` gives it. */
  address: string;
}

export class ClientLimits {
  private readonly messages: RateLimiter;
  private readonly restores: RateLimiter;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly perSession: { maxMessages: number; windowMs: number },
    private readonly config: ClientLimitsConfig,
    now: () => number = Date.now,
  ) {
    this.messages = new RateLimiter(perSession.maxMessages, perSession.windowMs, now);
    this.restores = new RateLimiter(config.restore.perConnection, config.restore.windowMs, now);
    this.sweeper = setInterval(() => this.sweep(), Math.min(perSession.windowMs, config.restore.windowMs));
    this.sweeper.unref();
  }

  /**
   * A message counts against its session, its owner and its address alike, so new session ids do
   * not buy more messages. The address counts even with a cookie: a client can make up tokens.
   */
  message(who: ClientIdentity): RateLimitDecision {
    const limits: RateLimit[] = [
      { key: `session:${who.sessionId}`, max: this.perSession.maxMessages },
      { key: `address:${who.address}`, max: this.config.addressMaxMessages },
    ];
    if (who.owner) limits.push({ key: `owner:${who.owner}`, max: this.config.ownerMaxMessages });
    return this.messages.take(limits);
  }

  /** A session_restore sends the whole session: bounded per connection, session, owner and address. */
  restore(who: ClientIdentity): RateLimitDecision {
    const { restore } = this.config;
    const limits: RateLimit[] = [
      { key: `connection:${who.connectionId}`, max: restore.perConnection },
      { key: `session:${who.sessionId}`, max: restore.perSession },
      { key: `address:${who.address}`, max: restore.perAddress },
    ];
    if (who.owner) limits.push({ key: `owner:${who.owner}`, max: restore.perOwner });
    return this.restores.take(limits);
  }

  sweep(): void {
    this.messages.sweep();
    this.restores.sweep();
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}
