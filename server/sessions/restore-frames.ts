// session_state frames for restoring clients, serialised once per state of a session and shared by every restore that asks for it.
import type { StreamChunk } from '../../protocol/messages.ts';
import type { LiveSession } from './live-session.ts';
import type { SerializedMessage } from './subscriber.ts';

/** Distinct restore points kept per state; asking for more only costs a fresh serialisation. */
const FRAMES_PER_STATE = 8;

interface CachedState {
  version: number;
  frames: Map<string, SerializedMessage>;
}

export class RestoreFrames {
  private readonly cache = new WeakMap<LiveSession, CachedState>();

  /**
   * The snapshot a restoring client gets, and the chunks to replay after it. Restores of the same
   * session state from the same point share one serialised frame; its timestamp is when it was made.
   */
  take(
    session: LiveSession,
    lastMessageId: string | undefined,
    lastChunkId: number | undefined,
    now: () => string,
  ): { state: SerializedMessage; replay: StreamChunk[] } {
    const seen = session.restorePoint(lastMessageId, lastChunkId);
    const replay = session.open ? session.open.chunks.slice(seen) : [];
    let cached = this.cache.get(session);
    if (!cached || cached.version !== session.version) {
      cached = { version: session.version, frames: new Map() };
      this.cache.set(session, cached);
    }
    // The version covers messages, activity and the stream; the queue and model are read directly.
    const key = `${seen}|${session.queue.length}|${session.model}|${session.activeTurnId ?? ''}`;
    let state = cached.frames.get(key);
    if (!state) {
      const snapshot = session.snapshot(lastMessageId, lastChunkId, now()).state;
      state = { type: 'session_state', serialized: JSON.stringify(snapshot) };
      if (cached.frames.size >= FRAMES_PER_STATE) {
        const oldest = cached.frames.keys().next().value;
        if (oldest !== undefined) cached.frames.delete(oldest);
      }
      cached.frames.set(key, state);
    }
    return { state, replay };
  }
}
