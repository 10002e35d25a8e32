// Tests the store's slices together: frames in, drafts, library navigation.
import { beforeEach, describe, expect, it } from 'vitest';
import { createStudioStore, type StudioStore } from './studio-store.ts';

let store: StudioStore;
beforeEach(() => {
  store = createStudioStore();
  store.getState().openSession('ses_a', []);
});

describe('studio store', () => {
  it('applies a burst of frames in one update', () => {
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().receive([
      {
        type: 'connected',
        session_id: 'ses_a',
        model: 'offline',
        generating: false,
        timestamp: '2025-01-28T10:30:00Z',
      },
      {
        type: 'stream_chunk',
        content: 'Hello',
        agent: 'OrchestratorAgent',
        chunk_id: 1,
        total_chunks: null,
        timestamp: '2025-01-28T10:30:01Z',
        message_id: 'm1',
        turn_id: 't1',
      },
    ]);
    expect(updates).toBe(1);
    expect(store.getState().session.model).toBe('offline');
    expect(store.getState().session.order).toEqual(['msg:m1']);
  });

  it('does not notify subscribers for a frame that changes nothing', () => {
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().receive([{ type: 'pong', timestamp: '2025-01-28T10:30:00Z' }]);
    expect(updates).toBe(0);
  });

  it('keeps a draft until it is discarded', () => {
    store.getState().addDraft({
      client_message_id: 'c1',
      content: 'Hi',
      created_at: '2025-01-28T10:30:00Z',
      delivery: 'queued',
      failure: null,
    });
    store.getState().markSending(['c1']);
    expect(store.getState().session.outbox[0]?.delivery).toBe('sending');
    store.getState().discardDraft('c1');
    expect(store.getState().session.outbox).toEqual([]);
  });

  it('opens an artifact in the library on its own tab', () => {
    store.getState().openArtifact({ kind: 'worlds', id: 'w1' });
    expect(store.getState().library).toMatchObject({ open: true, kind: 'worlds', selected: { id: 'w1' } });
    store.getState().closeLibrary();
    expect(store.getState().library.open).toBe(false);
  });
});
