// Ordered write-behind to the session store: sessions answer from memory, the database follows in order.
import type { ActivityEvent, MessageStatus } from '../../protocol/messages.ts';
import type { NewMessage, SessionStore } from '../storage/repository.ts';

interface PendingText {
  /** Joined once at the flush: appending to one string per chunk builds a rope the database must flatten anyway. */
  parts: string[];
  chunkCount: number;
}

export interface WriteBehindOptions {
  /** How long streamed text may wait before it is written; a crash loses at most this much. */
  flushIntervalMs: number;
  onError: (error: unknown, operation: string) => void;
}

/**
 * Streamed text is buffered per message and written in batches (one UPDATE per message per
 * interval) so the hot path stays cheap; every other write goes straight into the ordered chain.
 */
export class WriteBehind {
  private chain: Promise<void> = Promise.resolve();
  private readonly pendingText = new Map<string, PendingText>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: SessionStore,
    private readonly options: WriteBehindOptions,
  ) {}

  /** Gives a session its row, ahead of the first write that needs it; claims it when it already has one. */
  ensureSession(id: string, init: { owner_token: string | null }): void {
    this.enqueue('ensureSession', async () => {
      const record = await this.store.ensureSession(id, init);
      if (init.owner_token && record.owner_token === null)
        await this.store.claimSession(id, init.owner_token);
    });
  }

  /** Records that an ownerless session nobody has written in now belongs to `owner`. */
  claimSession(id: string, owner: string): void {
    this.enqueue('claimSession', () => this.store.claimSession(id, owner));
  }

  insertMessage(message: NewMessage): void {
    this.enqueue('insertMessage', () => this.store.insertMessage(message));
  }

  appendText(messageId: string, text: string, chunkCount: number): void {
    const pending = this.pendingText.get(messageId);
    if (pending) {
      pending.parts.push(text);
      pending.chunkCount = chunkCount;
    } else {
      this.pendingText.set(messageId, { parts: [text], chunkCount });
    }
    this.flushTimer ??= setTimeout(() => this.flushText(), this.options.flushIntervalMs);
  }

  finishMessage(id: string, status: MessageStatus, final: { content: string; chunk_count: number }): void {
    this.pendingText.delete(id);
    this.enqueue('finishMessage', () => this.store.finishMessage(id, status, final));
  }

  appendActivity(sessionId: string, event: ActivityEvent): void {
    this.enqueue('appendActivity', () => this.store.appendActivity(sessionId, event));
  }

  setSessionModel(sessionId: string, model: string): void {
    this.enqueue('setSessionModel', () => this.store.setSessionModel(sessionId, model));
  }

  /** Resolves once everything handed over so far is written. */
  async drain(): Promise<void> {
    this.flushText();
    await this.chain;
  }

  private flushText(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.pendingText.size === 0) return;
    const appends = [...this.pendingText].map(([id, p]) => ({
      id,
      text: p.parts.join(''),
      chunk_count: p.chunkCount,
    }));
    this.pendingText.clear();
    this.enqueue('appendToMessages', () => this.store.appendToMessages(appends));
  }

  private enqueue(operation: string, write: () => Promise<unknown>): void {
    this.chain = this.chain.then(write).then(
      () => undefined,
      (error: unknown) => this.options.onError(error, operation),
    );
  }
}
