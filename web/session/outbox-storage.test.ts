// Tests that unsent messages survive a reload through storage, and that junk in storage is ignored.
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../store/session-view.ts';
import { loadOutbox, saveOutbox } from './outbox-storage.ts';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
    values,
  };
}

const entry = (id: string, delivery: OutboxEntry['delivery']): OutboxEntry => ({
  client_message_id: id,
  content: `text ${id}`,
  created_at: '2025-01-28T10:30:00Z',
  delivery,
  failure: null,
});

describe('outbox storage', () => {
  it('round-trips entries per session, turning in-flight ones back into queued ones', () => {
    const storage = memoryStorage();
    saveOutbox(storage, 'ses_a', [entry('c1', 'queued'), entry('c2', 'sending')]);
    expect(loadOutbox(storage, 'ses_a').map((e) => [e.client_message_id, e.delivery])).toEqual([
      ['c1', 'queued'],
      ['c2', 'queued'],
    ]);
    expect(loadOutbox(storage, 'ses_b')).toEqual([]);
  });

  it('removes the key when the outbox empties', () => {
    const storage = memoryStorage();
    saveOutbox(storage, 'ses_a', [entry('c1', 'queued')]);
    saveOutbox(storage, 'ses_a', []);
    expect(storage.values.size).toBe(0);
  });

  it('ignores unreadable or malformed data', () => {
    const storage = memoryStorage();
    storage.setItem('bookswriter.outbox.ses_a', '{not json');
    expect(loadOutbox(storage, 'ses_a')).toEqual([]);
    storage.setItem('bookswriter.outbox.ses_a', JSON.stringify([{ content: 1 }, entry('c3', 'failed')]));
    expect(loadOutbox(storage, 'ses_a').map((e) => e.client_message_id)).toEqual(['c3']);
  });
});
