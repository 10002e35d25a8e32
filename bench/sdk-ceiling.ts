// The AI SDK's own ceiling: streamText over a model that replays a turn's deltas, with no sockets and no storage.
import type { LanguageModelV3, LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { streamText } from 'ai';

/** The offline model's cadence at zero delay: a burst of deltas, then a turn of the event loop. */
const DELTAS_PER_YIELD = 8;

const USAGE = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A language model whose every call streams `deltas` as text, yielding to the event loop as the offline model does. */
export function createReplayModel(deltas: readonly string[]): LanguageModelV3 {
  return {
    specificationVersion: 'v3',
    provider: 'bench',
    modelId: 'replay',
    supportedUrls: {},
    doGenerate: () => Promise.reject(new Error('the replay model only streams')),
    doStream: async () => {
      let index = -1;
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        async pull(controller) {
          if (index === -1) controller.enqueue({ type: 'text-start', id: 't' });
          else if (index < deltas.length) {
            controller.enqueue({ type: 'text-delta', id: 't', delta: deltas[index] as string });
            if ((index + 1) % DELTAS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve));
          } else {
            controller.enqueue({ type: 'text-end', id: 't' });
            controller.enqueue({
              type: 'finish',
              usage: USAGE,
              finishReason: { unified: 'stop', raw: 'stop' },
            });
            controller.close();
          }
          index += 1;
        },
      });
      return { stream };
    },
  };
}

/** Text deltas per second that streamText delivers through `fullStream`, over `runs` calls one after another. */
export async function measureStreamTextCeiling(deltas: readonly string[], runs: number): Promise<number> {
  const model = createReplayModel(deltas);
  let received = 0;
  const startedAt = performance.now();
  for (let run = 0; run < runs; run += 1) {
    const result = streamText({
      model,
      prompt: 'Create a fantasy novel with dragons and magic',
      onError: () => {},
    });
    for await (const part of result.fullStream) if (part.type === 'text-delta') received += 1;
  }
  return received / ((performance.now() - startedAt) / 1000);
}
