// The agents as the rest of the server sees them: a TurnRunner for sessions and the roster for GET /api/agents.
import type { LanguageModel } from 'ai';
import type { CompletionResults } from '../../protocol/messages.ts';
import type { ProjectPort } from '../manuscript/project-port.ts';
import { ownedArtifacts } from '../storage/owned-artifacts.ts';
import type { ArtifactStore, SceneStore } from '../storage/repository.ts';
import { AUTHOR_GENERATOR, createAuthorGeneratorAgent } from './author-generator.ts';
import { CHARACTERS, createCharactersAgent } from './characters.ts';
import { AgentName, type SpecialistName } from './contract.ts';
import { createDraftingAgent, DRAFTING } from './drafting.ts';
import type { UsageTally } from './model-step.ts';
import { createOrchestratorAgent, ORCHESTRATOR } from './orchestrator.ts';
import { createOutlineAgent, OUTLINE } from './outline.ts';
import { createPlotGeneratorAgent, PLOT_GENERATOR } from './plot-generator.ts';
import type { RetryWait } from './retry-policy.ts';
import { type AgentDescriptor, describeSpecialist, type SpecialistAgent } from './specialist.ts';
import { type TurnOutcome, type TurnRunner, withUsage } from './turn.ts';
import { runWorkflow, type WorkflowOutcome } from './workflow.ts';
import { createWorldBuildingAgent, WORLD_BUILDING } from './world-building.ts';

export { AgentError, isAgentError } from './errors.ts';
export type { ToolUpdate, TurnEvents, TurnInput, TurnOutcome, TurnRunner } from './turn.ts';
export { usageOf } from './turn.ts';

export interface TurnRunnerDeps {
  artifacts: ArtifactStore;
  /** The manuscript's prose; drafting writes here. */
  scenes: SceneStore;
  /** Which book a session works on; without it every session is its own library. */
  projects?: ProjectPort;
  /** Retries of a failed provider call inside one model call; the AI SDK's default is 2. */
  maxRetries?: number;
  /** How retries wait; tests record the delays instead of sleeping. */
  wait?: RetryWait;
  /** The orchestrator's (cheaper) model for a session on `modelId`; the session's own model when undefined. */
  routerFor?: (modelId: string) => LanguageModel | undefined;
}

function createAgents(artifacts: ArtifactStore, scenes: SceneStore) {
  const specialists: Record<SpecialistName, SpecialistAgent> = {
    [AgentName.plot]: createPlotGeneratorAgent({ artifacts }),
    [AgentName.world]: createWorldBuildingAgent({ artifacts }),
    [AgentName.characters]: createCharactersAgent({ artifacts }),
    [AgentName.author]: createAuthorGeneratorAgent({ artifacts }),
    [AgentName.outline]: createOutlineAgent({ artifacts }),
    [AgentName.drafting]: createDraftingAgent({ artifacts, scenes }),
  };
  return { orchestrator: createOrchestratorAgent({ artifacts }), specialists };
}

export function createTurnRunner(deps: TurnRunnerDeps): TurnRunner {
  const maxRetries = deps.maxRetries ?? 2;
  const run = async (turn: Parameters<TurnRunner>[0], usage: UsageTally): Promise<TurnOutcome> => {
    // Every agent and tool of the turn sees the library as the session's owner does, and nothing else.
    const artifacts = ownedArtifacts(deps.artifacts, turn.owner);
    const { orchestrator, specialists } = createAgents(artifacts, deps.scenes);
    const router = deps.routerFor?.(turn.modelId) ?? turn.model;
    let input = { ...turn, projectId: (await deps.projects?.projectOf(turn.sessionId)) ?? null };
    const decision = input.route
      ? { route: input.route }
      : await orchestrator.decide(input, { maxRetries, usage, model: router, wait: deps.wait });
    if (decision.route) input.events.routed?.(decision.route);
    if (!decision.route) {
      return {
        message: 'Response completed successfully',
        // A turn in a book's session says whose it is, even when the orchestrator only answered.
        results: {
          agents_used: [AgentName.orchestrator],
          ...(input.projectId ? { project_id: input.projectId } : {}),
        },
        usage,
      };
    }
    // Outlines and manuscripts belong to a book: a session planning one gets its project first.
    const books = decision.route.steps.some(
      (s) => s.agent === AgentName.outline || s.agent === AgentName.drafting,
    );
    if (books && !input.projectId && deps.projects) {
      const plot = (await artifacts.list('plots', { session_id: input.sessionId, limit: 1, offset: 0 }))
        .items[0];
      const projectId = await deps.projects.adopt(input.sessionId, input.owner, {
        title: plot?.title ?? input.content.slice(0, 80),
        premise: input.content,
      });
      input = { ...input, projectId };
    }
    const outcome = await runWorkflow(
      { artifacts, agents: specialists, maxRetries, usage, wait: deps.wait },
      input,
      decision.route,
    );
    // A session's first plot makes its book.
    const plot = outcome.saved.plots[0];
    if (plot && !input.projectId && deps.projects) {
      input.projectId = await deps.projects.adopt(input.sessionId, input.owner, {
        title: plot.title,
        premise: input.content,
      });
    }
    return { ...describeOutcome(outcome, input.projectId), usage };
  };
  return async (input) => {
    const usage: UsageTally = { inputTokens: 0, outputTokens: 0 };
    try {
      return await run(input, usage);
    } catch (error) {
      // The provider charged for every step that finished; the metrics must see it.
      throw withUsage(error, usage);
    }
  };
}

const DONE: Record<SpecialistName, { create: string; revise: string }> = {
  [AgentName.plot]: { create: 'Plot generation', revise: 'Plot revision' },
  [AgentName.world]: { create: 'World building', revise: 'World revision' },
  [AgentName.characters]: { create: 'Character creation', revise: 'Character revision' },
  [AgentName.author]: { create: 'Author generation', revise: 'Author revision' },
  [AgentName.outline]: { create: 'Outlining', revise: 'Outline revision' },
  [AgentName.drafting]: { create: 'Drafting', revise: 'Drafting' },
};

function describeOutcome({ ran, saved }: WorkflowOutcome, projectId: string | null): TurnOutcome {
  const agents = [...new Set(ran.map((step) => step.agent))];
  const results: CompletionResults = { agents_used: [AgentName.orchestrator, ...agents] };
  if (projectId) results.project_id = projectId;
  const outline = saved.outlines.at(-1);
  if (outline) Object.assign(results, { outline_id: outline.id, outline_title: outline.title });
  const plot = saved.plots.at(-1);
  const world = saved.worlds.at(-1);
  const author = saved.authors.at(-1);
  if (plot) Object.assign(results, { plot_id: plot.id, title: plot.title });
  if (world) Object.assign(results, { world_id: world.id, world_name: world.name });
  if (saved.characters.length > 0) {
    // A character saved twice in one turn (made, then revised) is named as last saved.
    const names = new Map(saved.characters.map((c) => [c.id, c.name]));
    results.character_ids = [...names.keys()];
    results.character_names = [...names.values()];
  }
  if (author) Object.assign(results, { author_id: author.id, author_name: author.name });
  const parts = [...new Set(ran.map((step) => DONE[step.agent][step.mode]))];
  const [first, ...rest] = parts;
  const later = rest.map((part) => part.toLowerCase());
  const label =
    later.length === 0 ? first : `${[first, ...later.slice(0, -1)].join(', ')} and ${later.at(-1)}`;
  return { message: `${label} completed successfully`, results };
}

/** The roster GET /api/agents lists. */
export function listAgents(): AgentDescriptor[] {
  return [
    ORCHESTRATOR,
    ...[PLOT_GENERATOR, WORLD_BUILDING, CHARACTERS, AUTHOR_GENERATOR, OUTLINE].map(describeSpecialist),
    DRAFTING,
  ].map(({ name, description, tools }) => ({ name, description, tools: [...tools] }));
}
