// What one soak client saw of a session's agent messages, rebuilt across drops and restores, to check against storage.

interface SeenMessage {
  /** The text a session_state gave for this message, and how many chunks that text holds. */
  base: string;
  baseCount: number;
  chunks: Map<number, string>;
}

export interface TranscriptCheck {
  checked: number;
  mismatched: string[];
}

export class ClientTranscript {
  private readonly seen = new Map<string, SeenMessage>();
  doubled = 0;

  private entry(messageId: string): SeenMessage {
    let found = this.seen.get(messageId);
    if (!found) {
      found = { base: '', baseCount: 0, chunks: new Map() };
      this.seen.set(messageId, found);
    }
    return found;
  }

  chunk(messageId: string, chunkId: number, content: string): void {
    const entry = this.entry(messageId);
    if (chunkId <= entry.baseCount) return;
    if (entry.chunks.has(chunkId)) this.doubled += 1;
    entry.chunks.set(chunkId, content);
  }

  /** A session_state replaces what was seen with what the server had stored, up to its chunk count. */
  restored(
    messages: ReadonlyArray<{ id: string; role: string; content: string; chunk_count: number }>,
  ): void {
    for (const message of messages) {
      if (message.role !== 'agent') continue;
      const entry = this.entry(message.id);
      entry.base = message.content;
      entry.baseCount = message.chunk_count;
      // Whatever the lost connection delivered is superseded: the server resumes after baseCount.
      entry.chunks.clear();
    }
  }

  text(messageId: string): string | undefined {
    const entry = this.seen.get(messageId);
    if (!entry) return undefined;
    const ids = [...entry.chunks.keys()].sort((a, b) => a - b);
    return entry.base + ids.map((id) => entry.chunks.get(id)).join('');
  }

  /** Compares every finished agent message this client saw with what the server stored. */
  check(
    stored: ReadonlyArray<{ id: string; role: string; content: string; status: string }>,
  ): TranscriptCheck {
    const result: TranscriptCheck = { checked: 0, mismatched: [] };
    for (const message of stored) {
      if (message.role !== 'agent' || message.status === 'streaming') continue;
      const seen = this.text(message.id);
      if (seen === undefined) continue;
      result.checked += 1;
      if (seen !== message.content) result.mismatched.push(message.id);
    }
    return result;
  }
}
