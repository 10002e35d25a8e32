// Profile summaries: samples attributed to functions and packages by their time deltas.
import { describe, expect, it } from 'vitest';
import { ownerOfScript, summarizeProfile } from './profile-summary.ts';

describe('ownerOfScript', () => {
  it('names pnpm packages, scoped ones included', () => {
    expect(ownerOfScript('file:///w/node_modules/.pnpm/ai@6.0.1/node_modules/ai/dist/index.mjs')).toBe('ai');
    expect(
      ownerOfScript('file:///w/node_modules/.pnpm/@ai-sdk+provider@3/node_modules/@ai-sdk/provider/x.js'),
    ).toBe('@ai-sdk/provider');
  });

  it('names BooksWriter folders and Node itself', () => {
    expect(ownerOfScript('file:///w/dist/node/server/sessions/hub.js')).toBe('server/sessions');
    expect(ownerOfScript('node:internal/streams/readable')).toBe('node internals');
    expect(ownerOfScript('')).toBe('(native / V8)');
  });
});

describe('summarizeProfile', () => {
  it('adds up self time per function and per owner', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const summary = summarizeProfile({
      nodes: [
        { id: 1, callFrame: frame('(garbage collector)', '') },
        { id: 2, callFrame: frame('send', 'file:///w/node_modules/ws/lib/sender.js') },
        { id: 3, callFrame: frame('text', 'file:///w/dist/node/server/sessions/turn-execution.js') },
      ],
      samples: [2, 2, 3, 1],
      timeDeltas: [1000, 1000, 6000, 2000],
    });
    expect(summary.totalMs).toBe(10);
    expect(summary.owners[0]).toEqual({ name: 'server/sessions', ms: 6, share: 0.6 });
    expect(summary.functions.map((f) => f.name)).toEqual([
      'text server/sessions:1',
      'send ws:1',
      '(garbage collector) (native / V8):1',
    ]);
  });
});
