// The built-in offline model: a real AI SDK language model that writes without a key or a network.
// Its pipeline: understand/ reads the call and the writer's words, compose/ makes the artifact or the answer,
// prose/ writes what the writer reads, stream/ sends it as V3 stream parts.
import type { LanguageModelV3, LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { ToolName } from '../../agents/contract.ts';
import { composeLookup, withFetched } from './compose/lookup.ts';
import { composeOrchestratorReply } from './compose/orchestrator-reply.ts';
import { composeSpecialistReply, type Specialist } from './compose/specialist-reply.ts';
import { composeOutlineReply, composeSceneReply } from './manuscript/replies.ts';
import { OFFLINE_MODEL_NAME, OFFLINE_PROVIDER } from './model-id.ts';
import { type ComposedReply, replyContent, usageOf, writeStream } from './stream/stream-writer.ts';
import { type OfflineRequest, readOfflineRequest } from './understand/request.ts';

export { OFFLINE_MODEL_ID, OFFLINE_MODEL_NAME, OFFLINE_PROVIDER } from './model-id.ts';

export interface OfflineModelOptions {
  /** Pause between streamed deltas, in milliseconds; 0 streams as fast as the event loop allows. */
  delayMs: number;
}

export function composeOfflineReply(request: OfflineRequest): ComposedReply {
  if (request.afterToolResults) {
    // Read in full what an unnamed revision means: now revise it.
    const revising = request.fetched.length > 0 && request.sections?.mode === 'revise';
    const role = request.role;
    if (!revising || !isSpecialist(role))
      return { text: 'Done: it is saved in your library.', toolCalls: [] };
    return composeSpecialistReply(role, withFetched(request));
  }
  if (request.role === 'lookup') return composeLookup(request);
  if (request.role === 'outline') return composeOutlineReply(request);
  if (request.role === 'drafting') return composeSceneReply(request);
  if (request.role === 'orchestrator') {
    const reply = composeOrchestratorReply(request.userText, request.catalog);
    return {
      text: reply.text,
      toolCalls: reply.route ? [{ toolName: ToolName.route, input: reply.route }] : [],
    };
  }
  if (request.role === 'chat') {
    return {
      text: `BooksWriter's offline model writes plots, worlds, characters and author personas. You said: "${request.userText.slice(0, 200)}"`,
      toolCalls: [],
    };
  }
  return composeSpecialistReply(request.role, request);
}

function isSpecialist(role: OfflineRequest['role']): role is Specialist {
  return role === 'plot' || role === 'world' || role === 'characters' || role === 'author';
}

function promptChars(options: LanguageModelV3CallOptions): number {
  return JSON.stringify(options.prompt).length;
}

export function createOfflineModel(options: OfflineModelOptions): LanguageModelV3 {
  const delayMs = Math.max(0, options.delayMs);
  return {
    specificationVersion: 'v3',
    provider: OFFLINE_PROVIDER,
    modelId: OFFLINE_MODEL_NAME,
    supportedUrls: {},
    async doGenerate(call) {
      call.abortSignal?.throwIfAborted();
      const reply = composeOfflineReply(readOfflineRequest(call));
      return {
        content: replyContent(reply),
        finishReason:
          reply.toolCalls.length > 0
            ? { unified: 'tool-calls', raw: 'tool_calls' }
            : { unified: 'stop', raw: 'stop' },
        usage: usageOf(promptChars(call), reply),
        warnings: [],
      };
    },
    async doStream(call) {
      call.abortSignal?.throwIfAborted();
      const reply = composeOfflineReply(readOfflineRequest(call));
      return {
        stream: writeStream(reply, {
          delayMs,
          signal: call.abortSignal,
          usage: usageOf(promptChars(call), reply),
        }),
      };
    },
  };
}
