// Runs the routed specialists in order, handing each the artifacts made before it and linking what it saves.
import type { ArtifactByKind, ArtifactKind, Plot, World } from '../../protocol/artifacts.ts';
import { readLengthAsk } from '../manuscript/length-ask.ts';
import type { ArtifactStore } from '../storage/repository.ts';
import { writeBrief } from './brief.ts';
import { AgentName, type RouteArgs, type SpecialistName } from './contract.ts';
import { mentionedItems } from './mentions.ts';
import type { UsageTally } from './model-step.ts';
import type { RetryWait } from './retry-policy.ts';
import { type LibraryScope, latestInSession, listAllInSession, scopeOf } from './session-library.ts';
import type { SpecialistAgent } from './specialist.ts';
import { emptySaved, type SavedArtifacts } from './tools/tool-context.ts';
import type { TurnInput } from './turn.ts';

export type RouteStep = RouteArgs['steps'][number];

export interface WorkflowDeps {
  artifacts: ArtifactStore;
  agents: Record<SpecialistName, SpecialistAgent>;
  maxRetries: number;
  wait?: RetryWait;
  usage?: UsageTally;
}

export interface WorkflowOutcome {
  /** The steps as run: a revision with nothing to revise runs as a creation. */
  ran: { agent: SpecialistName; mode: 'create' | 'revise' }[];
  saved: SavedArtifacts;
}

const KIND_OF: Record<SpecialistName, ArtifactKind> = {
  [AgentName.plot]: 'plots',
  [AgentName.world]: 'worlds',
  [AgentName.characters]: 'characters',
  [AgentName.author]: 'authors',
  [AgentName.outline]: 'outlines',
  [AgentName.drafting]: 'outlines',
};

const SPECIALTY: Record<SpecialistName, string> = {
  [AgentName.plot]: 'plot generation',
  [AgentName.world]: 'world building',
  [AgentName.characters]: 'character development',
  [AgentName.author]: 'author generation',
  [AgentName.outline]: 'outlining',
  [AgentName.drafting]: 'drafting',
};

function switchReason(agent: SpecialistName, mode: 'create' | 'revise'): string {
  return `Routing ${mode === 'revise' ? 'revision' : 'request'} to ${SPECIALTY[agent]} specialist`;
}

/** What a model needs of a stored artifact: its content and id, not bookkeeping. */
function forPrompt<T extends { created_at: string; updated_at: string; session_id: string | null }>(
  artifact: T,
): Omit<T, 'created_at' | 'updated_at' | 'session_id'> {
  const { created_at: _c, updated_at: _u, session_id: _s, ...rest } = artifact;
  return rest;
}

export async function runWorkflow(
  deps: WorkflowDeps,
  input: TurnInput,
  route: RouteArgs,
): Promise<WorkflowOutcome> {
  const { artifacts } = deps;
  const sessionId = input.sessionId;
  const scope = scopeOf(sessionId, input.projectId);
  const all = emptySaved();
  const ran: WorkflowOutcome['ran'] = [];
  let plot: Plot | undefined;
  let world: World | undefined;
  const requestsPlot = route.steps.some((s) => s.agent === AgentName.plot);
  // What the writer named with @ reaches every step, whichever book it is from.
  const mentioned = (await mentionedItems(artifacts, input.content)).map(({ kind, item }) => ({
    kind,
    ...forPrompt(item as { created_at: string; updated_at: string; session_id: string | null }),
  }));

  // Later steps build on the plot of this turn, or, when this turn writes none, on the session's latest.
  const plotInScope = async () =>
    plot ?? (requestsPlot ? undefined : await latestInSession(artifacts, 'plots', scope));
  const worldInScope = async (forPlot: Plot | undefined) =>
    world ?? (await latestInSession(artifacts, 'worlds', scope, (w) => !forPlot || w.plot_id === forPlot.id));

  for (const step of route.steps) {
    input.signal.throwIfAborted();
    const kind = KIND_OF[step.agent];
    const revises = step.mode === 'revise' && step.agent !== AgentName.drafting;
    const revision = revises ? await revisionContext(deps, scope, kind, step) : undefined;
    const mode = revision ? 'revise' : 'create';
    input.events.switchAgent(step.agent, switchReason(step.agent, mode));

    const basePlot = step.agent === AgentName.plot ? undefined : await plotInScope();
    // Characters live in the plot's world; a new plot for a session that already has a world is set in it.
    const baseWorld =
      step.agent === AgentName.characters
        ? await worldInScope(basePlot)
        : step.agent === AgentName.plot && mode === 'create'
          ? (world ?? (await latestInSession(artifacts, 'worlds', scope)))
          : undefined;
    const context: Record<string, unknown> = { ...revision };
    if (mentioned.length > 0) context.mentioned = mentioned;
    if (basePlot) context.plot = forPrompt(basePlot);
    if (baseWorld) context.world = forPrompt(baseWorld);
    if (step.agent === AgentName.outline) {
      const setting = await worldInScope(basePlot);
      if (setting) context.world = forPrompt(setting);
      const cast = await listAllInSession(artifacts, 'characters', scope);
      context.characters = cast.map((c) => ({ name: c.name, role: c.role }));
      const length = readLengthAsk(`${input.content}\n${step.task}`);
      if (Object.keys(length).length > 0) context.length = length;
    }
    if (step.agent === AgentName.characters && mode === 'create' && basePlot) {
      const cast = (await listAllInSession(artifacts, 'characters', scope)).filter(
        (c) => c.plot_id === basePlot.id,
      );
      if (cast.length > 0)
        context.existing_characters = cast.map((c) => ({ id: c.id, name: c.name, role: c.role }));
    }

    const saved = await deps.agents[step.agent].run({
      model: input.model,
      signal: input.signal,
      events: input.events,
      maxRetries: deps.maxRetries,
      wait: deps.wait,
      usage: deps.usage,
      sessionId,
      request: input.content,
      brief: [input.bookBrief, writeBrief(input.history)].filter(Boolean).join('\n'),
      task: step.task,
      mode,
      context,
      length: step.agent === AgentName.outline ? readLengthAsk(`${input.content}\n${step.task}`) : undefined,
      links: {
        owner: input.owner,
        session_id: sessionId,
        project_id: input.projectId ?? null,
        ...(step.agent === AgentName.outline ? { plot_id: basePlot?.id ?? null } : {}),
        ...(step.agent === AgentName.world || step.agent === AgentName.characters
          ? { plot_id: basePlot?.id ?? null }
          : {}),
        ...(step.agent === AgentName.characters ? { world_id: baseWorld?.id ?? null } : {}),
      },
    });
    ran.push({ agent: step.agent, mode });
    plot = saved.plots.at(-1) ?? plot;
    world = saved.worlds.at(-1) ?? world;
    const author = saved.authors.at(-1);
    if (author && mode === 'create' && basePlot && !basePlot.author_id) {
      // An author invented for a plot becomes that plot's author.
      const linked = await artifacts.update('plots', basePlot.id, { author_id: author.id });
      if (linked && plot?.id === linked.id) plot = linked;
    }
    all.plots.push(...saved.plots);
    all.worlds.push(...saved.worlds);
    all.characters.push(...saved.characters);
    all.authors.push(...saved.authors);
    all.outlines.push(...saved.outlines);
  }
  return { ran, saved: all };
}

/**
 * The target of a revision in full, or — when the orchestrator named none — a summary of every candidate
 * of that kind in the session for the specialist to choose from. Undefined when there is nothing to revise.
 */
async function revisionContext(
  deps: WorkflowDeps,
  scope: LibraryScope,
  kind: ArtifactKind,
  step: RouteStep,
): Promise<Record<string, unknown> | undefined> {
  if (step.target_id) {
    // The store is the owner's view: another owner's id reads as missing.
    const target = await deps.artifacts.get(kind, step.target_id);
    if (target) return { target: forPrompt(target) };
  }
  const candidates: ArtifactByKind[ArtifactKind][] = await listAllInSession(deps.artifacts, kind, scope);
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1 && candidates[0]) return { target: forPrompt(candidates[0]) };
  // Candidates in full would crowd out the request: the model picks by summary and reads one with get_artifact.
  return {
    candidates: candidates.map((candidate) => summarize(kind, candidate)),
    note: 'Summaries only; read the one to revise in full with get_artifact.',
  };
}

function summarize(kind: ArtifactKind, artifact: ArtifactByKind[ArtifactKind]): Record<string, unknown> {
  const record = artifact as unknown as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((key) => record[key]).find((v) => typeof v === 'string' && v);
  const about = String(pick('logline', 'description', 'overview', 'biography') ?? '');
  return {
    kind,
    id: artifact.id,
    ...(pick('title', 'name') ? { [record.title ? 'title' : 'name']: pick('title', 'name') } : {}),
    ...(pick('role', 'genre', 'type') ? { detail: pick('role', 'genre', 'type') } : {}),
    ...(typeof record.role === 'string' ? { role: record.role } : {}),
    ...(typeof record.plot_id === 'string' ? { plot_id: record.plot_id } : {}),
    about: about.length > 200 ? `${about.slice(0, 200)}…` : about,
  };
}
