// A MockLanguageModelV3 that answers each streamed call from a script: text deltas, then tool calls.
import type { LanguageModelV3CallOptions, LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';

export interface ScriptedTurn {
  text?: string[];
  toolCalls?: { name: string; input: unknown }[];
  /** Ends the stream with this error part instead of finishing. */
  error?: unknown;
}

const USAGE = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 20, text: 20, reasoning: undefined },
};

function streamParts(turn: ScriptedTurn, callIndex: number): LanguageModelV3StreamPart[] {
  const parts: LanguageModelV3StreamPart[] = [{ type: 'stream-start', warnings: [] }];
  if (turn.text && turn.text.length > 0) {
    parts.push({ type: 'text-start', id: 't' });
    for (const delta of turn.text) parts.push({ type: 'text-delta', id: 't', delta });
    parts.push({ type: 'text-end', id: 't' });
  }
  (turn.toolCalls ?? []).forEach((call, i) => {
    parts.push({
      type: 'tool-call',
      toolCallId: `call-${callIndex}-${i}`,
      toolName: call.name,
      input: typeof call.input === 'string' ? call.input : JSON.stringify(call.input),
    });
  });
  if (turn.error !== undefined) {
    parts.push({ type: 'error', error: turn.error });
    return parts;
  }
  parts.push({
    type: 'finish',
    usage: USAGE,
    finishReason: { unified: turn.toolCalls?.length ? 'tool-calls' : 'stop', raw: undefined },
  });
  return parts;
}

/** Each call takes the next turn of the script; a call past its end fails loudly. */
export function scriptedModel(...turns: ScriptedTurn[]): MockLanguageModelV3 {
  let calls = 0;
  return new MockLanguageModelV3({
    doStream: async (_options: LanguageModelV3CallOptions) => {
      const index = calls++;
      const turn = turns[index];
      if (!turn) throw new Error(`The script has no answer for model call ${index + 1}`);
      const parts = streamParts(turn, index);
      return {
        stream: new ReadableStream<LanguageModelV3StreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  });
}

/** The text of every message of a recorded call, for `toContain` checks on prompts. */
export function promptText(call: LanguageModelV3CallOptions): string {
  return call.prompt
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part) => ('text' in part ? part.text : JSON.stringify(part))).join('\n'),
    )
    .join('\n');
}
