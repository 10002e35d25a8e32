// Retries as providers ask, through the real provider packages against fake wire servers: the
// provider's own delay (Gemini's body, others' headers), backoff otherwise, never after the writer saw text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { describeProviderError } from '../llm/index.ts';
import { type FakeProviderServer, startFakeGemini, startFakeOpenAI } from '../llm/test-support/index.ts';
import type { ScriptedResponse } from '../llm/test-support/scripted-server.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { ToolName } from './contract.ts';
import { createTurnRunner } from './index.ts';
import { MAX_RETRY_DELAY_MS } from './retry-policy.ts';
import { fakeProviderModel } from './test-support/fake-provider-model.ts';
import { recordingEvents } from './test-support/recording-events.ts';

let openai: FakeProviderServer;
let gemini: FakeProviderServer;
let repo: Repository;
let turns = 0;
beforeAll(async () => {
  [openai, gemini] = await Promise.all([startFakeOpenAI(), startFakeGemini()]);
  repo = await openRepository(':memory:');
});
afterAll(async () => {
  await repo.close();
  await Promise.all([openai.close(), gemini.close()]);
});

const ANSWER: ScriptedResponse = {
  kind: 'reply',
  text: ['A logline is ', 'one sentence.'],
  toolCalls: [{ name: ToolName.route, args: { steps: [] } }],
};

async function ask(provider: 'openai' | 'gemini', ...script: ScriptedResponse[]) {
  const fake = provider === 'openai' ? openai : gemini;
  const resolved = fakeProviderModel(provider, fake.baseURL);
  const sessionId = `retries-${++turns}`;
  await repo.sessions.ensureSession(sessionId);
  const before = fake.requests.length;
  fake.script(...script);
  const waits: number[] = [];
  const events = recordingEvents();
  const outcome = await createTurnRunner({
    artifacts: repo.artifacts,
    scenes: repo.scenes,
    maxRetries: 2,
    wait: async (ms) => {
      waits.push(ms);
    },
  })({
    sessionId,
    owner: `session:${sessionId}`,
    turnId: `t${turns}`,
    content: 'What is a logline?',
    model: resolved.model,
    modelId: resolved.id,
    history: [],
    signal: new AbortController().signal,
    events,
  }).catch((error: unknown) => ({ error }));
  const requests = fake.requests.length - before;
  expect(fake.pending()).toBe(0);
  return { outcome, waits, requests, events };
}

describe('retrying a failed model call', () => {
  it('waits the delay Gemini puts in its body (RetryInfo), then answers', async () => {
    const { outcome, waits, requests, events } = await ask(
      'gemini',
      { kind: 'error', status: 429, retryAfterSeconds: 3 },
      ANSWER,
    );
    expect(outcome).toMatchObject({ results: { agents_used: ['OrchestratorAgent'] } });
    expect(waits).toEqual([3_000]);
    expect(requests).toBe(2);
    expect(events.written()).toBe('A logline is one sentence.');
  });

  it('waits the delay an OpenAI Retry-After header asks for', async () => {
    const { outcome, waits } = await ask(
      'openai',
      { kind: 'error', status: 429, retryAfterSeconds: 2 },
      ANSWER,
    );
    expect(outcome).toMatchObject({ results: { agents_used: ['OrchestratorAgent'] } });
    expect(waits).toEqual([2_000]);
  });

  it('backs off, growing, when the provider names no delay, and says how many attempts failed', async () => {
    const { outcome, waits, requests } = await ask(
      'openai',
      { kind: 'error', status: 503 },
      { kind: 'error', status: 503 },
      { kind: 'error', status: 503 },
    );
    expect(requests).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThan(waits[0] ?? Number.POSITIVE_INFINITY);
    const failure = describeProviderError((outcome as { error: unknown }).error);
    expect(failure.code).toBe(ErrorCode.PROVIDER_ERROR);
    expect(failure.details).toMatchObject({ attempts: 3, status: 503 });
  });

  it('does not keep the writer waiting longer than the ceiling: a long delay fails at once, naming it', async () => {
    const seconds = MAX_RETRY_DELAY_MS / 1_000 + 45;
    const { outcome, waits, requests } = await ask('gemini', {
      kind: 'error',
      status: 429,
      retryAfterSeconds: seconds,
    });
    expect(waits).toEqual([]);
    expect(requests).toBe(1);
    const failure = describeProviderError((outcome as { error: unknown }).error);
    expect(failure.code).toBe(ErrorCode.PROVIDER_RATE_LIMITED);
    expect(failure.details).toMatchObject({ retryAfterSeconds: seconds });
  });

  it('retries a connection dropped before the first token', async () => {
    const { outcome, requests } = await ask('openai', { kind: 'reply', dropAfterOpening: true }, ANSWER);
    expect(outcome).toMatchObject({ results: { agents_used: ['OrchestratorAgent'] } });
    expect(requests).toBe(2);
  });

  it('never retries once text reached the writer', async () => {
    const { outcome, requests, events } = await ask('openai', {
      kind: 'reply',
      text: ['A logline '],
      dropAfterOpening: true,
    });
    expect(requests).toBe(1);
    expect(events.written()).toBe('A logline ');
    expect(outcome).toHaveProperty('error');
  });
});
