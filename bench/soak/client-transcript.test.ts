// The soak's transcript checker: what a client saw, rebuilt across restores, against what was stored.
import { describe, expect, it } from 'vitest';
import { ClientTranscript } from './client-transcript.ts';

const stored = (content: string, status = 'complete') => [{ id: 'm1', role: 'agent', content, status }];

describe('ClientTranscript', () => {
  it('rebuilds a reply from chunks in chunk order', () => {
    const seen = new ClientTranscript();
    seen.chunk('m1', 2, 'lo');
    seen.chunk('m1', 1, 'Hel');
    expect(seen.check(stored('Hello'))).toEqual({ checked: 1, mismatched: [] });
    expect(seen.check(stored('Hello!'))).toEqual({ checked: 1, mismatched: ['m1'] });
  });

  it('takes a restored state as the text so far and adds only later chunks', () => {
    const seen = new ClientTranscript();
    seen.chunk('m1', 1, 'Hel');
    seen.chunk('m1', 2, 'lo wor');
    seen.restored([{ id: 'm1', role: 'agent', content: 'Hello', chunk_count: 2 }]);
    seen.chunk('m1', 2, 'ignored: already in the state');
    seen.chunk('m1', 3, ' world');
    expect(seen.text('m1')).toBe('Hello world');
    expect(seen.doubled).toBe(0);
  });

  it('counts a chunk delivered twice on one connection, and skips replies still streaming', () => {
    const seen = new ClientTranscript();
    seen.chunk('m1', 1, 'a');
    seen.chunk('m1', 1, 'a');
    expect(seen.doubled).toBe(1);
    expect(seen.check(stored('a', 'streaming'))).toEqual({ checked: 0, mismatched: [] });
  });
});
