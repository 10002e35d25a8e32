// The built-in offline model: a real AI SDK language model that writes without a key or a network.
import type { LanguageModelV3, LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { ToolName } from '../../agents/contract.ts';
import { composeAuthor } from './author-composer.ts';
import { castToRevise, composeCastRevision } from './cast-revision.ts';
import { askedCastSize, DEFAULT_CAST, MAX_CAST } from './cast-size.ts';
import { composeCharacters } from './characters-composer.ts';
import { asRecord, readStoryContext, textField } from './context-reading.ts';
import { pickTarget } from './intent.ts';
import { composeLookup, withFetched } from './lookup.ts';
import { composeOutlineReply, composeSceneReply } from './manuscript/replies.ts';
import { composeOrchestratorReply } from './orchestrator-reply.ts';
import { composePlot } from './plot-composer.ts';
import { authorProse, charactersProse, plotProse, revisionProse, worldProse } from './prose.ts';
import { type OfflineRequest, readOfflineRequest } from './request.ts';
import { composeRevision, type RevisedKind } from './revise-composer.ts';
import { type ComposedReply, replyContent, usageOf, writeStream } from './stream-writer.ts';
import { meansWholeCast } from './whole-cast.ts';
import { composeWorld } from './world-composer.ts';

export interface OfflineModelOptions {
  /** Pause between streamed deltas, in milliseconds; 0 streams as fast as the event loop allows. */
  delayMs: number;
}

export const OFFLINE_PROVIDER = 'offline';
export const OFFLINE_MODEL_ID = 'bookswriter-offline';

type Specialist = Exclude<
  OfflineRequest['role'],
  'orchestrator' | 'lookup' | 'chat' | 'outline' | 'drafting'
>;

const TOOLS: Record<Specialist, { create: string; revise: string; kind: RevisedKind }> = {
  plot: { create: ToolName.savePlot, revise: ToolName.updatePlot, kind: 'plots' },
  world: { create: ToolName.saveWorld, revise: ToolName.updateWorld, kind: 'worlds' },
  characters: { create: ToolName.saveCharacters, revise: ToolName.updateCharacter, kind: 'characters' },
  author: { create: ToolName.saveAuthor, revise: ToolName.updateAuthor, kind: 'authors' },
};

function composeSpecialist(role: Specialist, request: OfflineRequest): ComposedReply {
  const sections = request.sections ?? {
    request: request.userText,
    task: request.userText,
    mode: 'create',
    context: {},
  };
  const { context } = sections;
  const tools = TOOLS[role];
  if (sections.mode === 'revise' && request.toolNames.includes(tools.revise)) {
    if (role === 'characters' && meansWholeCast(`${sections.request}\n${sections.task}`)) {
      const cast = castToRevise(context);
      if (cast.length > 0) return composeCastRevision(cast, sections.request, sections.task);
    }
    const listed: unknown[] = Array.isArray(context.candidates) ? context.candidates : [];
    const candidates = listed.map(asRecord).filter((c): c is Record<string, unknown> => c !== undefined);
    const labelled = candidates.map((c) => ({
      record: c,
      label: textField(c, 'title') || textField(c, 'name'),
      detail: textField(c, 'role'),
    }));
    const target = context.target ?? pickTarget(`${sections.request}\n${sections.task}`, labelled)?.record;
    if (target) {
      const revision = composeRevision(tools.kind, target, sections.request, sections.task);
      return {
        text: revisionProse(revision),
        toolCalls: [{ toolName: tools.revise, input: { id: revision.id, changes: revision.changes } }],
      };
    }
  }
  const save = (text: string, input: unknown): ComposedReply => ({
    text,
    toolCalls: request.toolNames.includes(tools.create) ? [{ toolName: tools.create, input }] : [],
  });
  if (role === 'plot') {
    const composed = composePlot(sections.request, sections.task);
    return save(plotProse(composed), composed.plot);
  }
  const story = readStoryContext(context, sections.request, sections.task);
  if (role === 'world') {
    const world = composeWorld(story, sections.request);
    return save(worldProse(world), world);
  }
  if (role === 'characters') {
    // The writer's own number wins over the task's paraphrase of it.
    const asked = askedCastSize(sections.request) ?? askedCastSize(sections.task);
    const count = Math.min(Math.max(asked ?? DEFAULT_CAST, 1), MAX_CAST);
    const existing = Array.isArray(context.existing_characters) ? context.existing_characters : [];
    const taken = existing.map((c) => textField(asRecord(c), 'name')).filter(Boolean);
    const fresh = composeCharacters(story, count, taken);
    const characters = fresh.length > 0 ? fresh : composeCharacters(story, count, []);
    const note =
      asked !== undefined && asked > MAX_CAST
        ? `You asked for ${asked}; here are the ${MAX_CAST} who carry the story, and more can follow in another request.`
        : undefined;
    return save(charactersProse(characters, note), { characters });
  }
  const author = composeAuthor(story, sections.request);
  return save(authorProse(author), author);
}

export function composeOfflineReply(request: OfflineRequest): ComposedReply {
  if (request.afterToolResults) {
    // Read in full what an unnamed revision means: now revise it.
    const revising = request.fetched.length > 0 && request.sections?.mode === 'revise';
    const { role } = request;
    if (!revising || role === 'orchestrator' || role === 'chat' || role === 'lookup' || role === 'drafting')
      return { text: 'Done: it is saved in your library.', toolCalls: [] };
    if (role === 'outline') return composeOutlineReply(withFetched(request));
    return composeSpecialist(role, withFetched(request));
  }
  if (request.role === 'lookup') return composeLookup(request);
  if (request.role === 'orchestrator') {
    const reply = composeOrchestratorReply(request.userText, request.catalog);
    return {
      text: reply.text,
      toolCalls: reply.route ? [{ toolName: ToolName.route, input: reply.route }] : [],
    };
  }
  if (request.role === 'outline') return composeOutlineReply(request);
  if (request.role === 'drafting') return composeSceneReply(request);
  if (request.role === 'chat') {
    return {
      text: `BooksWriter's offline model writes plots, worlds, characters and author personas. You said: "${request.userText.slice(0, 200)}"`,
      toolCalls: [],
    };
  }
  return composeSpecialist(request.role, request);
}

function promptChars(options: LanguageModelV3CallOptions): number {
  return JSON.stringify(options.prompt).length;
}

export function createOfflineModel(options: OfflineModelOptions): LanguageModelV3 {
  const delayMs = Math.max(0, options.delayMs);
  return {
    specificationVersion: 'v3',
    provider: OFFLINE_PROVIDER,
    modelId: OFFLINE_MODEL_ID,
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
