// The replay model streams exactly the deltas it was given, in order, through streamText.
import { streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { createReplayModel, measureStreamTextCeiling } from './sdk-ceiling.ts';

describe('createReplayModel', () => {
  it('streams its deltas in order through streamText', async () => {
    const deltas = Array.from({ length: 20 }, (_, i) => `word${i} `);
    const result = streamText({ model: createReplayModel(deltas), prompt: 'go' });
    expect(await result.text).toBe(deltas.join(''));
  });
});

describe('measureStreamTextCeiling', () => {
  it('reports a positive rate of delivered deltas', async () => {
    expect(await measureStreamTextCeiling(['a ', 'b ', 'c '], 3)).toBeGreaterThan(0);
  });
});
