// The offline orchestrator: a short acknowledgement and the route_request arguments, or a plain answer.
import type { ArtifactSummary, RouteArgs } from '../../../agents/contract.ts';
import { AgentName } from '../../../agents/contract.ts';
import { listInProse } from '../prose/wording.ts';
import { requestedCastSize } from '../understand/cast-size.ts';
import type { RevisedKind } from '../understand/context.ts';
import { describeExistingPlots } from '../understand/existing-work.ts';
import { WHAT_I_CAN_CHANGE } from '../understand/instructions.ts';
import { type IntentStep, readRequest } from '../understand/intent.ts';
import { composeBookReply } from './book-reply.ts';
import { detectGenre } from './genres/index.ts';
import { instructionsFor } from './revise-composer.ts';

export interface OrchestratorReply {
  text: string;
  route: RouteArgs | undefined;
}

const SPECIALIST_WORDS: Record<string, string> = {
  [AgentName.plot]: 'the plot generation specialist',
  [AgentName.world]: 'the world building specialist',
  [AgentName.characters]: 'the character development specialist',
  [AgentName.author]: 'the author persona specialist',
};

function task(
  agent: string,
  mode: 'create' | 'revise',
  request: string,
  genre: string,
  catalog: ArtifactSummary[],
  target?: ArtifactSummary,
  wholeCast?: boolean,
): string {
  if (mode === 'revise' && wholeCast)
    return `Revise every character of the cast, one by one, as the writer asked: ${request}`;
  if (mode === 'revise') return `Revise ${target?.label ?? 'it'} as the writer asked: ${request}`;
  if (agent === AgentName.plot) {
    const existing = describeExistingPlots(
      catalog.filter((i) => i.kind === 'plots').map((i) => i.label),
      catalog.filter((i) => i.kind === 'characters').map((i) => i.label),
    );
    return `Write a ${genre.toLowerCase()} plot for this request: ${request}${existing ? ` ${existing}` : ''}`;
  }
  if (agent === AgentName.world) return 'Build the world this story happens in, consistent with its plot.';
  if (agent === AgentName.characters) {
    return `Create ${requestedCastSize(request)} main characters who serve the plot and live in its world.`;
  }
  return 'Invent the author persona best suited to write this book.';
}

function describeLibrary(catalog: ArtifactSummary[]): string {
  if (catalog.length === 0) return 'Your library for this session is still empty.';
  const labels = catalog.slice(0, 8).map((item) => `"${item.label}"`);
  return `So far this session holds ${listInProse(labels)}${catalog.length > 8 ? ' and more' : ''}.`;
}

const KIND_OF: Record<string, RevisedKind> = {
  [AgentName.plot]: 'plots',
  [AgentName.world]: 'worlds',
  [AgentName.characters]: 'characters',
  [AgentName.author]: 'authors',
};

/** A revision is routed only when its instruction can be carried out; otherwise the writer hears what can. */
function unreadableRevision(step: IntentStep, request: string): string | undefined {
  const kind = KIND_OF[step.agent];
  if (step.mode !== 'revise' || !kind || instructionsFor(kind, request, '').length > 0) return undefined;
  const what = step.wholeCast ? 'the cast' : (step.target?.label ?? 'it');
  return `I can't tell what to change in ${what} from that. What I can change: ${WHAT_I_CAN_CHANGE[kind]}.`;
}

const WHAT_I_DO =
  'What I can do: create a plot, a world, characters or an author persona, for example "Create a fantasy novel with dragons and magic", or revise something you already have.';

export function composeOrchestratorReply(request: string, catalog: ArtifactSummary[]): OrchestratorReply {
  const book = composeBookReply(request, catalog);
  if (book) return book;
  const read = readRequest(request, catalog);
  const cannot = [...read.cannot];
  const intent = read.steps.filter((step) => {
    const unreadable = unreadableRevision(step, request);
    if (unreadable) cannot.push(unreadable);
    return unreadable === undefined;
  });
  if (intent.length === 0 && cannot.length > 0) {
    // Said plainly, and nothing else made in its place.
    return { text: [...cannot, ...(read.cannot.length > 0 ? [WHAT_I_DO] : [])].join(' '), route: undefined };
  }
  if (intent.length === 0) {
    return {
      text: [
        "I'm the BooksWriter orchestrator. Ask me to create a plot, a world, characters or an author persona, for",
        'example "Create a fantasy novel with dragons and magic", or to revise something you already have, and',
        `I'll hand it to the right specialist. ${describeLibrary(catalog)}`,
      ].join(' '),
      route: undefined,
    };
  }
  const genre = detectGenre(request).label;
  const steps = intent.map((step) => ({
    agent: step.agent,
    task: task(step.agent, step.mode, request, genre, catalog, step.target, step.wholeCast),
    mode: step.mode,
    ...(step.target ? { target_id: step.target.id } : {}),
  }));
  const who = listInProse(intent.map((step) => SPECIALIST_WORDS[step.agent] ?? step.agent));
  const first = intent[0];
  const plot = catalog.filter((item) => item.kind === 'plots').at(-1);
  const buildsOn =
    plot && !intent.some((step) => step.agent === AgentName.plot) && first?.mode === 'create'
      ? ` It will build on "${plot.label}".`
      : '';
  const handOff = intent.length > 1 ? `We'll go in order: ${who}.` : `Handing this to ${who}.`;
  const text =
    first?.mode === 'revise'
      ? `I'll revise ${first.wholeCast ? 'every character in the cast' : (first.target?.label ?? 'that')} for you: handing this to ${who}.`
      : `I'll ${whatWillHappen(request, intent, genre, cannot.length === 0)}. ${handOff}${buildsOn}`;
  // What it cannot do is said first, so the writer never mistakes what follows for it.
  return { text: cannot.length > 0 ? `${cannot.join(' ')} ${text}` : text, route: { steps } };
}

/** Opens like a request a writer would make of a collaborator, so it can be echoed back as a promise. */
const ECHOABLE =
  /^(create|write|build|invent|design|develop|make|generate|imagine|plan|draft|come up with|brainstorm)\b/i;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "help you write a cozy mystery…" when the request reads as one; else what each step will make. */
function whatWillHappen(request: string, intent: IntentStep[], genre: string, echoable: boolean): string {
  const echo = request
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/^(?:please|can you|could you|would you)\s+/i, '');
  if (echoable && ECHOABLE.test(echo) && !/\b(me|us)\b/i.test(echo) && echo.length <= 200) {
    const yours = echo.replace(/\bmy\b/gi, 'your').replace(/\bour\b/gi, 'your');
    return `help you ${yours.charAt(0).toLowerCase()}${yours.slice(1)}`;
  }
  const parts = intent.map((step) => {
    if (step.mode === 'revise') return `revise ${step.target?.label ?? 'it'}`;
    if (step.agent === AgentName.plot) return `write a ${genre.toLowerCase()} plot`;
    if (step.agent === AgentName.world) return 'build its world';
    if (step.agent === AgentName.characters) {
      const count = requestedCastSize(request);
      return `create ${NUMBER_WORDS[count] ?? count} character${count === 1 ? '' : 's'}`;
    }
    return 'invent an author persona';
  });
  return listInProse(parts);
}
