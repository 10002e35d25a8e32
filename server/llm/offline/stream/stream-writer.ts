// Turns a composed reply into AI SDK V3 stream parts: small paced text deltas, then tool calls, then finish.
import type {
  LanguageModelV3Content,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
} from '@ai-sdk/provider';
import { OFFLINE_MODEL_NAME } from '../model-id.ts';
import { countWords } from '../prose/wording.ts';

export interface ComposedReply {
  text: string;
  toolCalls: { toolName: string; input: unknown }[];
}

/** A few words a delta, like a real model's tokens arriving. */
const WORDS_PER_DELTA = 3;
/** With no delay, still let timers and sockets run between bursts. */
const DELTAS_PER_YIELD = 8;

export function splitIntoDeltas(text: string): string[] {
  const pieces = text.match(/\S+\s*|\s+/g) ?? [];
  const deltas: string[] = [];
  for (let i = 0; i < pieces.length; i += WORDS_PER_DELTA)
    deltas.push(pieces.slice(i, i + WORDS_PER_DELTA).join(''));
  return deltas;
}

export function usageOf(promptChars: number, reply: ComposedReply): LanguageModelV3Usage {
  // Roughly four characters a token, as for English text on common tokenizers.
  const input = Math.ceil(promptChars / 4);
  const output = Math.ceil((reply.text.length + JSON.stringify(reply.toolCalls).length) / 4);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: output, text: output, reasoning: undefined },
    raw: { words: countWords(reply.text) },
  };
}

let callCounter = 0;
function toolCallId(): string {
  callCounter = (callCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `offline-call-${Date.now().toString(36)}-${callCounter}`;
}

export function replyContent(reply: ComposedReply): LanguageModelV3Content[] {
  return [
    ...(reply.text ? [{ type: 'text' as const, text: reply.text }] : []),
    ...reply.toolCalls.map((call) => ({
      type: 'tool-call' as const,
      toolCallId: toolCallId(),
      toolName: call.toolName,
      input: JSON.stringify(call.input),
    })),
  ];
}

function* parts(
  reply: ComposedReply,
  usage: LanguageModelV3Usage,
): Generator<LanguageModelV3StreamPart, void, void> {
  yield { type: 'stream-start', warnings: [] };
  yield {
    type: 'response-metadata',
    id: toolCallId().replace('call', 'response'),
    modelId: OFFLINE_MODEL_NAME,
  };
  if (reply.text) {
    yield { type: 'text-start', id: 'text-0' };
    for (const delta of splitIntoDeltas(reply.text)) yield { type: 'text-delta', id: 'text-0', delta };
    yield { type: 'text-end', id: 'text-0' };
  }
  for (const content of replyContent({ text: '', toolCalls: reply.toolCalls }))
    yield content as LanguageModelV3StreamPart;
  yield {
    type: 'finish',
    usage,
    finishReason:
      reply.toolCalls.length > 0
        ? { unified: 'tool-calls', raw: 'tool_calls' }
        : { unified: 'stop', raw: 'stop' },
  };
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Paced by `delayMs` between text deltas; an abort errors the stream with the signal's reason at once. */
export function writeStream(
  reply: ComposedReply,
  options: { delayMs: number; signal: AbortSignal | undefined; usage: LanguageModelV3Usage },
): ReadableStream<LanguageModelV3StreamPart> {
  const source = parts(reply, options.usage);
  let sent = 0;
  let onAbort: (() => void) | undefined;
  return new ReadableStream<LanguageModelV3StreamPart>({
    start(controller) {
      const signal = options.signal;
      if (!signal) return;
      onAbort = () => controller.error(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    },
    async pull(controller) {
      if (options.signal?.aborted) return;
      const next = source.next();
      if (next.done) {
        if (onAbort) options.signal?.removeEventListener('abort', onAbort);
        controller.close();
        return;
      }
      if (next.value.type === 'text-delta') {
        sent += 1;
        if (options.delayMs > 0) await pause(options.delayMs);
        else if (sent % DELTAS_PER_YIELD === 0) await yieldToEventLoop();
        if (options.signal?.aborted) return;
      }
      controller.enqueue(next.value);
    },
    cancel() {
      if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    },
  });
}
