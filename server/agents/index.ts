// The agents as the rest of the server sees them: a TurnRunner for sessions and the roster for GET /api/agents.
import type { LanguageModel } from 'ai';
import type { CompletionResults } from '../../protocol/messages.ts';
import { ownedArtifacts } from '../storage/owned-artifacts.ts';
import type { ArtifactStore } from '../storage/repository.ts';
import { AUTHOR_GENERATOR, createAuthorGeneratorAgent } from './author-generator.ts';
import { CHARACTERS, createCharactersAgent } from './characters.ts';
import { AgentName, type SpecialistName } from './contract.ts';
import type { UsageTally } from './model-step.ts';
import { createOrchestratorAgent, ORCHESTRATOR } from './orchestrator.ts';
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
  /** Retries of a failed provider call inside one model call; the AI SDK's default is 2. */
  maxRetries?: number;
  /** How retries wait; tests record the delays instead of sleeping. */
  wait?: RetryWait;
  /** The orchestrator's (cheaper) model for a session on `modelId`; the session's own model when undefined. */
  routerFor?: (modelId: string) => LanguageModel | undefined;
}

function createAgents(artifacts: ArtifactStore) {
  const specialists: Record<SpecialistName, SpecialistAgent> = {
    [AgentName.plot]: createPlotGeneratorAgent({ artifacts }),
    [AgentName.world]: createWorldBuildingAgent({ artifacts }),
    [AgentName.characters]: createCharactersAgent({ artifacts }),
    [AgentName.author]: createAuthorGeneratorAgent({ artifacts }),
  };
  return { orchestrator: createOrchestratorAgent({ artifacts }), specialists };
}

export function createTurnRunner(deps: TurnRunnerDeps): TurnRunner {
  const maxRetries = deps.maxRetries ?? 2;
  const run = async (input: Parameters<TurnRunner>[0], usage: UsageTally): Promise<TurnOutcome> => {
    // Every agent and tool of the turn sees the library as the session's owner does, and nothing else.
    const artifacts = ownedArtifacts(deps.artifacts, input.owner);
    const { orchestrator, specialists } = createAgents(artifacts);
    const router = deps.routerFor?.(input.modelId) ?? input.model;
    const decision = input.route
      ? { route: input.route }
      : await orchestrator.decide(input, { maxRetries, usage, model: router, wait: deps.wait });
    if (decision.route) input.events.routed?.(decision.route);
    if (!decision.route) {
      return {
        message: 'Response completed successfully',
        results: { agents_used: [AgentName.orchestrator] },
        usage,
      };
    }
    const outcome = await runWorkflow(
      { artifacts, agents: specialists, maxRetries, usage, wait: deps.wait },
      input,
      decision.route,
    );
    return { ...describeOutcome(outcome), usage };
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
};

function describeOutcome({ ran, saved }: WorkflowOutcome): TurnOutcome {
  const agents = [...new Set(ran.map((step) => step.agent))];
  const results: CompletionResults = { agents_used: [AgentName.orchestrator, ...agents] };
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
    ...[PLOT_GENERATOR, WORLD_BUILDING, CHARACTERS, AUTHOR_GENERATOR].map(describeSpecialist),
  ].map(({ name, description, tools }) => ({ name, description, tools: [...tools] }));
}
