// The offline orchestrator: a short acknowledgement and the route_request arguments, or a plain answer.
import type { ArtifactSummary, RouteArgs } from '../../agents/contract.ts';
import { AgentName } from '../../agents/contract.ts';
import { requestedCastSize } from './cast-size.ts';
import { describeExistingPlots } from './existing-work.ts';
import { detectGenre } from './genres/index.ts';
import { readIntent } from './intent.ts';
import { listInProse } from './wording.ts';

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
): string {
  if (mode === 'revise') return `Revise ${target?.label ?? 'it'} as the writer asked: ${request}`;
  if (agent === AgentName.plot) {
    const existing = describeExistingPlots(catalog.filter((i) => i.kind === 'plots').map((i) => i.label));
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

export function composeOrchestratorReply(request: string, catalog: ArtifactSummary[]): OrchestratorReply {
  const intent = readIntent(request, catalog);
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
    task: task(step.agent, step.mode, request, genre, catalog, step.target),
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
  const text =
    first?.mode === 'revise'
      ? `I'll revise ${first.target?.label ?? 'that'} for you: handing this to ${who}.`
      : `I'll help you ${request
          .trim()
          .replace(/[.!?]+$/, '')
          .replace(/^(please\s+)?/i, '')
          .replace(/^\w/, (c) =>
            c.toLowerCase(),
          )}. ${intent.length > 1 ? `We'll go in order: ${who}.` : `Handing this to ${who}.`}${buildsOn}`;
  return { text, route: { steps } };
}
