// One end-to-end contract every provider package must pass: registry → real provider package → fake wire server.
import { createServer } from 'node:net';
import {
  generateText,
  type LanguageModel,
  stepCountIs,
  streamText,
  type TextStreamPart,
  type ToolSet,
  tool,
} from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorCode } from '../../../protocol/errors.ts';
import { describeProviderError } from '../errors.ts';
import { createModelRegistry } from '../index.ts';
import type { FakeProviderServer } from './scripted-server.ts';

export interface ProviderUnderTest {
  /** The registry's provider name, e.g. `openai`. */
  provider: string;
  modelId: string;
  startServer(): Promise<FakeProviderServer>;
  /** The environment that points the provider at `baseURL` with `apiKey`. */
  env(baseURL: string, apiKey: string): Record<string, string>;
  /** Where the provider package put the key on the request. */
  sentKey(headers: Record<string, string | string[] | undefined>): string | undefined;
}

const API_KEY = 'sk-test-0123456789abcdef0123456789abcdef';

interface SavedPlot {
  title: string;
  genre: string;
}

function plotTools(saved: SavedPlot[]) {
  return {
    save_plot: tool({
      description: 'Save a plot to the library',
      inputSchema: z.object({ title: z.string(), genre: z.string() }),
      execute: async (input) => {
        saved.push(input);
        return { plot_id: 'plot-1' };
      },
    }),
  };
}

async function collect(stream: AsyncIterable<TextStreamPart<ToolSet>>) {
  const parts: TextStreamPart<ToolSet>[] = [];
  for await (const part of stream) parts.push(part);
  return {
    parts,
    deltas: parts.flatMap((part) => (part.type === 'text-delta' ? [part.text] : [])),
    errors: parts.flatMap((part) => (part.type === 'error' ? [part.error] : [])),
  };
}

function freePortThatRefuses(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export function describeProviderContract(subject: ProviderUnderTest): void {
  describe(`${subject.provider} through streamText`, () => {
    let fake: FakeProviderServer;
    let model: LanguageModel;

    beforeAll(async () => {
      fake = await subject.startServer();
      const registry = createModelRegistry({ env: subject.env(fake.baseURL, API_KEY), offlineDelayMs: 0 });
      const resolved = registry.resolve(`${subject.provider}:${subject.modelId}`);
      if (!resolved) throw new Error(`${subject.provider} did not resolve`);
      model = resolved.model;
    });
    afterAll(() => fake.close());

    const stream = (options: { abortSignal?: AbortSignal; tools?: ReturnType<typeof plotTools> } = {}) =>
      streamText({
        model,
        system: 'You are the plot generator.',
        prompt: 'Create a fantasy novel with dragons and magic',
        tools: options.tools ?? plotTools([]),
        stopWhen: stepCountIs(2),
        maxRetries: 0,
        abortSignal: options.abortSignal,
        // Errors are asserted from the stream's error parts; the default handler would only log them.
        onError: () => {},
      });

    it('streams text in several deltas and sends the prompt, the tools and the key', async () => {
      fake.script({ kind: 'reply', text: ['Once', ' upon', ' a time'] });
      const { deltas, errors } = await collect(stream().fullStream);

      expect(errors).toEqual([]);
      expect(deltas).toEqual(['Once', ' upon', ' a time']);
      const request = fake.requests.at(-1);
      expect(request?.model).toBe(subject.modelId);
      expect(request?.stream).toBe(true);
      expect(request?.promptText).toContain('Create a fantasy novel with dragons and magic');
      expect(request?.promptText).toContain('You are the plot generator.');
      expect(request?.toolNames).toEqual(['save_plot']);
      expect(subject.sentKey(request?.headers ?? {})).toBe(API_KEY);
    });

    it('delivers a tool call with parsed arguments, runs the tool and sends its result back', async () => {
      const saved: SavedPlot[] = [];
      fake.script(
        {
          kind: 'reply',
          toolCalls: [{ name: 'save_plot', args: { title: 'Ember Crown', genre: 'fantasy' } }],
        },
        { kind: 'reply', text: ['Saved ', 'your plot.'] },
      );
      const before = fake.requests.length;
      const { parts, deltas, errors } = await collect(stream({ tools: plotTools(saved) }).fullStream);

      expect(errors).toEqual([]);
      expect(saved).toEqual([{ title: 'Ember Crown', genre: 'fantasy' }]);
      const call = parts.find((part) => part.type === 'tool-call');
      expect(call).toMatchObject({
        toolName: 'save_plot',
        input: { title: 'Ember Crown', genre: 'fantasy' },
      });
      expect(parts.find((part) => part.type === 'tool-result')).toMatchObject({
        output: { plot_id: 'plot-1' },
      });
      expect(deltas.join('')).toBe('Saved your plot.');
      const followUp = fake.requests[before + 1];
      expect(JSON.stringify(followUp?.body)).toContain('plot-1');
    });

    it('streams text and a tool call from the same reply, in order', async () => {
      const saved: SavedPlot[] = [];
      fake.script(
        {
          kind: 'reply',
          text: ['Saving ', 'it now.'],
          toolCalls: [{ name: 'save_plot', args: { title: 'Salt Road', genre: 'mystery' } }],
        },
        { kind: 'reply', text: ['Done.'] },
      );
      const { parts, errors } = await collect(stream({ tools: plotTools(saved) }).fullStream);

      expect(errors).toEqual([]);
      const order = parts.flatMap((part) =>
        part.type === 'text-delta' ? [part.text] : part.type === 'tool-call' ? [`call:${part.toolName}`] : [],
      );
      expect(order).toEqual(['Saving ', 'it now.', 'call:save_plot', 'Done.']);
      expect(saved).toEqual([{ title: 'Salt Road', genre: 'mystery' }]);
    });

    it('answers a non-streaming call with the whole text and the tool call', async () => {
      const saved: SavedPlot[] = [];
      fake.script(
        { kind: 'reply', toolCalls: [{ name: 'save_plot', args: { title: 'Glass Tide', genre: 'sci-fi' } }] },
        { kind: 'reply', text: ['All ', 'saved.'] },
      );
      const result = await generateText({
        model,
        prompt: 'Save a plot',
        tools: plotTools(saved),
        stopWhen: stepCountIs(2),
        maxRetries: 0,
      });

      expect(result.text).toBe('All saved.');
      expect(saved).toEqual([{ title: 'Glass Tide', genre: 'sci-fi' }]);
      expect(fake.requests.at(-1)?.stream).toBe(false);
    });

    it('maps a rejected key (401) to PROVIDER_AUTH without repeating the key', async () => {
      fake.script({ kind: 'error', status: 401, message: `Incorrect API key provided: ${API_KEY}.` });
      const { errors } = await collect(stream().fullStream);

      expect(errors).toHaveLength(1);
      const failure = describeProviderError(errors[0], { provider: subject.provider });
      expect(failure.code).toBe(ErrorCode.PROVIDER_AUTH);
      expect(failure.message).toBe('The model provider rejected the API key');
      expect(failure.details).toMatchObject({ provider: subject.provider, status: 401 });
      expect(JSON.stringify(failure)).not.toContain(API_KEY);
    });

    it('maps a 429 to PROVIDER_RATE_LIMITED with the wait the provider asked for', async () => {
      fake.script({ kind: 'error', status: 429, retryAfterSeconds: 7 });
      const { errors } = await collect(stream().fullStream);

      const failure = describeProviderError(errors[0]);
      expect(failure.code).toBe(ErrorCode.PROVIDER_RATE_LIMITED);
      expect(failure.details).toMatchObject({ status: 429, retryAfterSeconds: 7 });
    });

    it('maps a 404 for the model to MODEL_UNAVAILABLE', async () => {
      fake.script({ kind: 'error', status: 404, message: `models/${subject.modelId} is not found.` });
      const { errors } = await collect(stream().fullStream);

      const failure = describeProviderError(errors[0], { provider: subject.provider });
      expect(failure.code).toBe(ErrorCode.MODEL_UNAVAILABLE);
      expect(failure.message).toMatch(/does not serve this model/);
    });

    it('checks at start that the provider lists the model, with a warning naming it when not', async () => {
      const registry = createModelRegistry({ env: subject.env(fake.baseURL, API_KEY), offlineDelayMs: 0 });
      const id = `${subject.provider}:${subject.modelId}`;
      fake.serveModels([`${subject.modelId}-20250101`, 'another-model']);
      await expect(registry.check(id)).resolves.toBeUndefined();
      // A sibling (`-mini`) is another model, not a version of this one.
      fake.serveModels([`${subject.modelId}-mini`, 'another-model']);
      const warning = await registry.check(id);
      expect(warning).toContain(`does not list the model ${id}`);
      expect(warning).toContain('BOOKSWRITER_MODEL');
      expect(warning).not.toContain(API_KEY);
    });

    it('maps output that is not JSON to PROVIDER_BAD_OUTPUT', async () => {
      fake.script({ kind: 'malformed' });
      const { errors } = await collect(stream().fullStream);

      expect(errors.length).toBeGreaterThan(0);
      expect(describeProviderError(errors[0]).code).toBe(ErrorCode.PROVIDER_BAD_OUTPUT);
    });

    it('maps a refused connection to PROVIDER_UNREACHABLE', async () => {
      const port = await freePortThatRefuses();
      const env = subject.env(fake.baseURL.replace(/:\d+\//, `:${port}/`), API_KEY);
      const resolved = createModelRegistry({ env, offlineDelayMs: 0 }).resolve(
        `${subject.provider}:${subject.modelId}`,
      );
      const result = streamText({
        model: resolved?.model ?? model,
        prompt: 'Hello',
        maxRetries: 0,
        onError: () => {},
      });
      const { errors } = await collect(result.fullStream);

      expect(errors).toHaveLength(1);
      const failure = describeProviderError(errors[0]);
      expect(failure.code).toBe(ErrorCode.PROVIDER_UNREACHABLE);
      expect(failure.message).toBe('The model provider could not be reached');
    });

    it('stops mid-stream on abort, and the provider sees the request closed', async () => {
      fake.script({ kind: 'reply', text: ['Once', ' upon'], holdOpen: true });
      const controller = new AbortController();
      const seen: string[] = [];
      const result = stream({ abortSignal: controller.signal });
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') {
          seen.push(part.text);
          if (seen.length === 2) controller.abort();
        }
      }

      expect(seen).toEqual(['Once', ' upon']);
      await expect(fake.requests.at(-1)?.finished).resolves.toBe('aborted');
    });
  });
}
