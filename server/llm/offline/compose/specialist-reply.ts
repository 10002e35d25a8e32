// A specialist's reply: a revision of what the context offers, or a new plot, world, cast or author, with its save call.
import { ToolName } from '../../../agents/contract.ts';
import { authorProse, charactersProse, plotProse, revisionProse, worldProse } from '../prose/markdown.ts';
import type { ComposedReply } from '../stream/stream-writer.ts';
import { askedCastSize, DEFAULT_CAST, MAX_CAST } from '../understand/cast-size.ts';
import {
  type RevisedKind,
  readStepContext,
  readStoryContext,
  revisable,
  type StepContext,
} from '../understand/context.ts';
import { pickTarget } from '../understand/intent.ts';
import type { OfflineRequest, OfflineRole } from '../understand/request.ts';
import { meansWholeCast } from '../understand/whole-cast.ts';
import { composeAuthor } from './author-composer.ts';
import { castToRevise, composeCastRevision } from './cast-revision.ts';
import { composeCharacters } from './characters-composer.ts';
import { composePlot } from './plot-composer.ts';
import { composeRevision } from './revise-composer.ts';
import { composeWorld } from './world-composer.ts';

export type Specialist = Exclude<OfflineRole, 'orchestrator' | 'chat' | 'lookup' | 'outline' | 'drafting'>;

const TOOLS: Record<Specialist, { create: string; revise: string; kind: RevisedKind }> = {
  plot: { create: ToolName.savePlot, revise: ToolName.updatePlot, kind: 'plots' },
  world: { create: ToolName.saveWorld, revise: ToolName.updateWorld, kind: 'worlds' },
  characters: { create: ToolName.saveCharacters, revise: ToolName.updateCharacter, kind: 'characters' },
  author: { create: ToolName.saveAuthor, revise: ToolName.updateAuthor, kind: 'authors' },
};

/** The item a revision means: the one the workflow named, else the candidate the writer's words point to. */
function targetOf(kind: RevisedKind, context: StepContext, text: string) {
  const items = revisable(kind, context);
  const named = items.find((item) => item.id === (context.target as { id?: unknown } | undefined)?.id);
  if (named) return named;
  const labelled = items.map((item) => ({
    item,
    label: ('title' in item && item.title) || ('name' in item && item.name) || '',
    detail: ('role' in item && item.role) || undefined,
  }));
  return pickTarget(text, labelled)?.item;
}

function composeRevisionReply(role: Specialist, request: string, task: string, context: StepContext) {
  const tools = TOOLS[role];
  if (role === 'characters' && meansWholeCast(`${request}\n${task}`)) {
    const cast = castToRevise(context);
    if (cast.length > 0) return composeCastRevision(cast, request, task);
  }
  const target = targetOf(tools.kind, context, `${request}\n${task}`);
  if (!target) return undefined;
  const revision = composeRevision(tools.kind, target, request, task);
  // Nothing it could change is said plainly, and nothing is saved.
  if (Object.keys(revision.changes).length === 0) return { text: revision.notes.join(' '), toolCalls: [] };
  return {
    text: revisionProse(revision),
    toolCalls: [{ toolName: tools.revise, input: { id: revision.id, changes: revision.changes } }],
  };
}

export function composeSpecialistReply(role: Specialist, call: OfflineRequest): ComposedReply {
  const sections = call.sections ?? {
    request: call.userText,
    task: call.userText,
    mode: 'create',
    context: {},
  };
  const { request, task } = sections;
  const context = readStepContext(sections.context);
  const tools = TOOLS[role];
  if (sections.mode === 'revise' && call.toolNames.includes(tools.revise)) {
    const revised = composeRevisionReply(role, request, task, context);
    if (revised) return revised;
  }
  const save = (text: string, input: unknown): ComposedReply => ({
    text,
    toolCalls: call.toolNames.includes(tools.create) ? [{ toolName: tools.create, input }] : [],
  });
  if (role === 'plot') {
    const composed = composePlot(request, task);
    return save(plotProse(composed), composed.plot);
  }
  const story = readStoryContext(context, request, task);
  if (role === 'world') {
    const world = composeWorld(story, request);
    return save(worldProse(world), world);
  }
  if (role === 'characters') {
    // The writer's own number wins over the task's paraphrase of it.
    const asked = askedCastSize(request) ?? askedCastSize(task);
    const count = Math.min(Math.max(asked ?? DEFAULT_CAST, 1), MAX_CAST);
    const taken = context.existing_characters.map((c) => c.name).filter(Boolean);
    const fresh = composeCharacters(story, count, taken);
    const characters = fresh.length > 0 ? fresh : composeCharacters(story, count, []);
    const note =
      asked !== undefined && asked > MAX_CAST
        ? `You asked for ${asked}; here are the ${MAX_CAST} who carry the story, and more can follow in another request.`
        : undefined;
    return save(charactersProse(characters, note), { characters });
  }
  const author = composeAuthor(story, request);
  return save(authorProse(author), author);
}
