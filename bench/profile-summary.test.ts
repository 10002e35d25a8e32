// Profile summaries: samples attributed to functions and packages by their time deltas.
import { describe, expect, it } from 'vitest';
import { costPerDelta, ownerOfScript, summarizeProfile } from './profile-summary.ts';

describe('ownerOfScript', () => {
  it('names pnpm packages, scoped ones included', () => {
    expect(ownerOfScript('file:///w/node_modules/.pnpm/ai@6.0.1/node_modules/ai/dist/index.mjs')).toBe('ai');
    expect(
      ownerOfScript('file:///w/node_modules/.pnpm/@ai-sdk+provider@3/node_modules/@ai-sdk/provider/x.js'),
    ).toBe('@ai-sdk/provider');
  });

  it('names BooksWriter folders and Node itself', () => {
    expect(ownerOfScript('file:///w/dist/node/server/sessions/hub.js')).toBe('server/sessions');
    expect(ownerOfScript('file:///w/bench/results/before/node/server/ws/connection.js')).toBe('server/ws');
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

describe('costPerDelta', () => {
  it('shares the CPU time out per delta as the busy samples are, leaving idle time out', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const split = costPerDelta(
      {
        nodes: [
          { id: 1, callFrame: frame('(idle)', '') },
          { id: 2, callFrame: frame('writev', '') },
          { id: 3, callFrame: frame('text', 'file:///w/dist/node/server/sessions/turn-execution.js') },
          { id: 4, callFrame: frame('pull', 'node:internal/webstreams/readablestream') },
        ],
        samples: [1, 2, 3, 4, 4],
        timeDeltas: [50_000, 1000, 2000, 3000, 3000],
      },
      100,
      0.009,
    );
    const us = Object.fromEntries(split.map((s) => [s.part, s.us]));
    expect(us['socket writes (writev)']).toBe(10);
    expect(us["BooksWriter's own code"]).toBe(20);
    expect(us['AI SDK and web streams (ai, @ai-sdk/*, node internals)']).toBe(60);
    expect(Object.values(us).reduce((a, b) => a + b, 0)).toBe(90);
  });
});
