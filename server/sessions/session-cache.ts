// Sessions held in memory: loaded once from storage on first use, dropped a while after they go idle.
import type { ModelRegistry } from '../llm/registry.ts';
import type { SessionStore } from '../storage/repository.ts';
import { LiveSession } from './live-session.ts';

export class SessionCache {
  private readonly live = new Map<string, LiveSession>();
  private readonly loading = new Map<string, Promise<LiveSession>>();
  private readonly evictions = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: SessionStore,
    private readonly models: ModelRegistry,
    /** How long a session with no connections and no work stays in memory. */
    private readonly evictAfterMs: number,
    /** Told once about each session read from storage, before anyone uses it. */
    private readonly onLoad?: (session: LiveSession) => void,
  ) {}

  get(sessionId: string): LiveSession | undefined {
    return this.live.get(sessionId);
  }

  values(): IterableIterator<LiveSession> {
    return this.live.values();
  }

  get size(): number {
    return this.live.size;
  }

  /** The live session, loading (or creating) it once however many connections ask at the same time. */
  async load(sessionId: string, ownerToken: string | null): Promise<LiveSession> {
    this.keep(sessionId);
    const live = this.live.get(sessionId);
    if (live) return live;
    const pending = this.loading.get(sessionId);
    if (pending) return pending;
    const promise = (async () => {
      // A session nobody has written in lives in memory only: a connection that never sends anything
      // leaves no row behind.
      const record = await this.store.getSession(sessionId);
      const [messages, activity] = record
        ? await Promise.all([this.store.listMessages(sessionId), this.store.listActivity(sessionId)])
        : [[], []];
      const model =
        record?.model && this.models.resolve(record.model) ? record.model : this.models.defaultModelId;
      const session = new LiveSession(
        sessionId,
        model,
        messages,
        activity,
        record ? record.owner_token : ownerToken,
        record !== undefined,
      );
      if (record) this.onLoad?.(session);
      this.live.set(sessionId, session);
      return session;
    })();
    this.loading.set(sessionId, promise);
    try {
      return await promise;
    } finally {
      this.loading.delete(sessionId);
    }
  }

  /** Drops the session from memory at once (it was deleted). */
  forget(sessionId: string): void {
    this.keep(sessionId);
    this.live.delete(sessionId);
  }

  /** Forgets the session after a while if it is still idle then. */
  release(session: LiveSession): void {
    if (!session.idle || this.evictions.has(session.id)) return;
    const timer = setTimeout(() => {
      this.evictions.delete(session.id);
      if (session.idle && this.live.get(session.id) === session) this.live.delete(session.id);
    }, this.evictAfterMs);
    timer.unref();
    this.evictions.set(session.id, timer);
  }

  stop(): void {
    for (const timer of this.evictions.values()) clearTimeout(timer);
    this.evictions.clear();
  }

  private keep(sessionId: string): void {
    const timer = this.evictions.get(sessionId);
    if (timer) clearTimeout(timer);
    this.evictions.delete(sessionId);
  }

  /** Sessions in memory and connections across them, for metrics and tests. */
  stats(): { sessions: number; connections: number; generating: number } {
    let connections = 0;
    let generating = 0;
    for (const session of this.live.values()) {
      connections += session.subscribers.size;
      if (session.generating) generating += 1;
    }
    return { sessions: this.live.size, connections, generating };
  }
}
