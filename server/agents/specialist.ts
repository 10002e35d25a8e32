// The shared run of a specialist step: one streamed model call that writes prose and saves (or revises) an artifact.
import { hasToolCall, type LanguageModel, stepCountIs, type Tool } from 'ai';
import { ErrorCode } from '../../protocol/errors.ts';
import type { ArtifactLinks, ArtifactStore } from '../storage/repository.ts';
import { type SpecialistName, ToolName, writePromptSections } from './contract.ts';
import { AgentError } from './errors.ts';
import { runModelStep, type UsageTally } from './model-step.ts';
import { createGetArtifactTool } from './tools/get-artifact.ts';
import { createSearchLibraryTool } from './tools/search-library.ts';
import { emptySaved, type SavedArtifacts, type ToolContext } from './tools/tool-context.ts';
import type { TurnEvents } from './turn.ts';

export interface SpecialistStep {
  model: LanguageModel;
  signal: AbortSignal;
  events: TurnEvents;
  maxRetries: number;
  usage?: UsageTally;
  sessionId: string;
  /** The writer's own words. */
  request: string;
  /** What the orchestrator asked of this specialist. */
  task: string;
  mode: 'create' | 'revise';
  /** Artifacts this step builds on or revises. */
  context: Record<string, unknown>;
  /** Links the artifacts this step creates receive. */
  links: ArtifactLinks;
}

export interface AgentDescriptor {
  name: string;
  description: string;
  tools: string[];
}

export interface SpecialistAgent extends AgentDescriptor {
  name: SpecialistName;
  run(step: SpecialistStep): Promise<SavedArtifacts>;
}

export interface SpecialistDefinition {
  name: SpecialistName;
  description: string;
  /** What it makes, as the writer reads it: "plot", "world", "characters", "author". */
  noun: string;
  /** Who the specialist is and what it makes; the rules every specialist shares are added after it. */
  role: string[];
  createTool: { name: ToolName; make(context: ToolContext): Tool };
  reviseTool: { name: ToolName; make(context: ToolContext): Tool };
}

/** Stops once the artifact is saved, so the model is never called again just to restate it. */
const MAX_STEPS = 3;

export function describeSpecialist(definition: SpecialistDefinition): AgentDescriptor {
  const { name, description, createTool, reviseTool } = definition;
  return {
    name,
    description,
    tools: [createTool.name, reviseTool.name, ToolName.searchLibrary, ToolName.getArtifact],
  };
}

export function createSpecialist(
  definition: SpecialistDefinition,
  deps: { artifacts: ArtifactStore },
): SpecialistAgent {
  const { name, noun, createTool, reviseTool } = definition;
  const system = [...definition.role, specialistRules(noun, createTool.name, reviseTool.name)].join('\n');
  return {
    ...describeSpecialist(definition),
    name,
    async run(step) {
      const saved = emptySaved();
      const context: ToolContext = {
        artifacts: deps.artifacts,
        sessionId: step.sessionId,
        events: step.events,
        links: step.links,
        saved,
      };
      const finish = step.mode === 'revise' ? reviseTool : createTool;
      const prompt = writePromptSections({
        request: step.request,
        task: step.task,
        mode: step.mode,
        context: step.context,
      });
      await runModelStep({
        model: step.model,
        system,
        messages: [{ role: 'user', content: prompt }],
        tools: {
          [finish.name]: finish.make(context),
          [ToolName.searchLibrary]: createSearchLibraryTool(context),
          [ToolName.getArtifact]: createGetArtifactTool(context),
        },
        stopWhen: [hasToolCall(finish.name), stepCountIs(MAX_STEPS)],
        streamedTools: { [finish.name]: definition.noun },
        signal: step.signal,
        events: step.events,
        maxRetries: step.maxRetries,
        usage: step.usage,
      });
      const count = saved.plots.length + saved.worlds.length + saved.characters.length + saved.authors.length;
      if (count === 0) {
        throw new AgentError(
          ErrorCode.PROVIDER_BAD_OUTPUT,
          `${name} finished without calling ${finish.name}, so no ${definition.noun} was saved`,
          { agent: name, tool_name: finish.name },
        );
      }
      return saved;
    },
  };
}

/** The instructions every specialist shares, after its own role. */
function specialistRules(noun: string, createTool: string, reviseTool: string): string {
  return [
    'You receive the writer request, your task, a mode and context (artifacts to build on) in tagged sections.',
    `In mode "create": first write the ${noun} for the writer as engaging Markdown prose (headings, short`,
    `paragraphs), then call ${createTool} exactly once with the same content as structured arguments —`,
    'the same names, the same title, nothing the prose did not say.',
    `In mode "revise": the context holds the target; tell the writer briefly what you change and why, then call`,
    `${reviseTool} once with its id and only the changed fields, each rewritten in full.`,
    'Stay consistent with the context: same genre, names, places and conflict. Never ask the writer questions.',
  ].join('\n');
}
