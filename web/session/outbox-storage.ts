// Keeps each session's unsent messages in localStorage, so a refresh or a closed tab does not lose them.
import type { OutboxEntry } from '../store/session-view.ts';

const keyFor = (sessionId: string) => `bookswriter.outbox.${sessionId}`;

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.client_message_id === 'string' &&
    typeof entry.content === 'string' &&
    typeof entry.created_at === 'string' &&
    (entry.delivery === 'queued' || entry.delivery === 'sending' || entry.delivery === 'failed')
  );
}

export function loadOutbox(storage: Pick<Storage, 'getItem'>, sessionId: string): OutboxEntry[] {
  const raw = storage.getItem(keyFor(sessionId));
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    // A message that was in flight when the page closed is sent again; the server drops it if it arrived.
    return parsed.filter(isEntry).map((e) => ({
      ...e,
      delivery: e.delivery === 'sending' ? 'queued' : e.delivery,
      failure: e.failure ?? null,
    }));
  } catch {
    return [];
  }
}

export function saveOutbox(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  sessionId: string,
  entries: readonly OutboxEntry[],
): void {
  if (entries.length === 0) storage.removeItem(keyFor(sessionId));
  else storage.setItem(keyFor(sessionId), JSON.stringify(entries));
}
