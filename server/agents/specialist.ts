// The shared run of a specialist step: one streamed model call that writes prose and saves (or revises) an artifact.
import {
  type LanguageModel,
  type ModelMessage,
  type StopCondition,
  stepCountIs,
  type Tool,
  type ToolSet,
} from 'ai';
import { ErrorCode } from '../../protocol/errors.ts';
import type { LengthAsk } from '../manuscript/length-ask.ts';
import type { ArtifactLinks, ArtifactStore } from '../storage/repository.ts';
import { type SpecialistName, ToolName, writePromptParts } from './contract.ts';
import { AgentError } from './errors.ts';
import { type ModelToolError, runModelStep, type UsageTally } from './model-step.ts';
import type { RetryWait } from './retry-policy.ts';
import { renderSaved } from './saved-prose.ts';
import { MAX_STEPS, toolsForSteps } from './specialist-tools.ts';
import { createGetArtifactTool } from './tools/get-artifact.ts';
import { createSearchLibraryTool } from './tools/search-library.ts';
import { emptySaved, type SavedArtifacts, type ToolContext } from './tools/tool-context.ts';
import type { TurnEvents } from './turn.ts';

export interface SpecialistStep {
  model: LanguageModel;
  signal: AbortSignal;
  events: TurnEvents;
  maxRetries: number;
  wait?: RetryWait;
  usage?: UsageTally;
  sessionId: string;
  /** The writer's own words. */
  request: string;
  /** What the writer asked for earlier in the session; see `writeBrief`. */
  brief?: string;
  /** What the orchestrator asked of this specialist. */
  task: string;
  mode: 'create' | 'revise';
  /** Artifacts this step builds on or revises. */
  context: Record<string, unknown>;
  /** Links the artifacts this step creates receive. */
  links: ArtifactLinks;
  /** The length the writer asked for, which an outline keeps. */
  length?: LengthAsk;
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
  /** A ceiling on one call's output: room for the prose plus the artifact again as tool arguments. */
  maxOutputTokens?: number;
}

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
        claim: { taken: false },
        length: step.length,
      };
      const finish = step.mode === 'revise' ? reviseTool : createTool;
      const parts = writePromptParts({
        brief: step.brief,
        request: step.request,
        task: step.task,
        mode: step.mode,
        context: step.context,
      });
      // Library content and earlier output are user-role context, never the system prompt.
      const prompt: ModelMessage = {
        role: 'user',
        content: [
          { type: 'text', text: parts.context },
          { type: 'text', text: parts.ask },
        ],
      };
      const common = {
        model: step.model,
        system,
        signal: step.signal,
        events: step.events,
        maxRetries: step.maxRetries,
        wait: step.wait,
        usage: step.usage,
        maxOutputTokens: definition.maxOutputTokens,
        streamedTools: { [finish.name]: definition.noun },
        toolErrors: 'collect' as const,
      };
      const isSaved = () => countSaved(saved) > 0;
      // The step's context holds the target or what it builds on, except for a revision with no named target.
      const readFirst = step.mode === 'revise' && step.context.target === undefined;
      const first = await runModelStep({
        ...common,
        messages: [prompt],
        tools: {
          [finish.name]: finish.make(context),
          [ToolName.searchLibrary]: createSearchLibraryTool(context),
          [ToolName.getArtifact]: createGetArtifactTool(context),
        },
        prepareStep: toolsForSteps(finish.name, readFirst),
        // Stop once the artifact is saved, not merely called for; a failed save goes to the repair below.
        stopWhen: [isSaved, failedCall(finish.name), stepCountIs(MAX_STEPS)],
      });
      if (isSaved()) return showSaved(step, saved, first.text);

      // One more call that must call the save tool: given the prose, or the validation errors.
      const failed = first.toolErrors.filter((error) => error.toolName === finish.name);
      const second = await runModelStep({
        ...common,
        messages: [
          prompt,
          // What a revision read in full goes with it; otherwise the prose is what the call must save.
          ...(readFirst
            ? first.responseMessages
            : first.text.trim()
              ? [{ role: 'assistant' as const, content: first.text }]
              : []),
          { role: 'user', content: followUpInstruction(finish.name, failed, first.finishReason) },
        ],
        tools: { [finish.name]: finish.make(context) },
        toolChoice: { type: 'tool', toolName: finish.name },
        stopWhen: stepCountIs(1),
      });
      if (isSaved()) return showSaved(step, saved, first.text + second.text);

      const reason = second.toolErrors.at(-1)?.message ?? `it did not call ${finish.name}`;
      throw new AgentError(
        ErrorCode.PROVIDER_BAD_OUTPUT,
        `${name} could not save the ${definition.noun}, even when asked again: ${reason}`,
        { agent: name, tool_name: finish.name, ...(failed.length > 0 ? { repaired: true } : {}) },
      );
    },
  };
}

function countSaved(saved: SavedArtifacts): number {
  return Object.values(saved).reduce((sum, items) => sum + items.length, 0);
}

/** Stops the loop after a step whose call to `toolName` failed, so the repair is ours, and only one. */
function failedCall(toolName: string): StopCondition<ToolSet> {
  return ({ steps }) =>
    steps.at(-1)?.content.some((part) => part.type === 'tool-error' && part.toolName === toolName) ?? false;
}

/** A model that saved without a word of prose still gives the writer something to read. */
function showSaved(step: SpecialistStep, saved: SavedArtifacts, written: string): SavedArtifacts {
  if (written.trim() === '') step.events.text(renderSaved(saved));
  return saved;
}

function followUpInstruction(
  toolName: string,
  failed: ModelToolError[],
  finishReason: string | undefined,
): string {
  if (failed.length > 0) {
    return [
      `Your call to ${toolName} was rejected: ${failed.map((error) => error.message).join('; ')}.`,
      `Call ${toolName} again with every field corrected. Do not write anything else.`,
    ].join('\n');
  }
  const cut =
    finishReason === 'length'
      ? ' Your text was cut off at the length limit; keep the arguments concise.'
      : '';
  return `Now call ${toolName} with exactly what you wrote above, as structured arguments.${cut} Do not write anything else.`;
}

/** The instructions every specialist shares, after its own role. */
function specialistRules(noun: string, createTool: string, reviseTool: string): string {
  return [
    'The user message opens with context in tagged sections (the brief, and the context: artifacts from the',
    'library to build on); then come the writer request, your task and a mode, each tagged too.',
    'A <brief> section, when present, lists what the writer asked for earlier in this session: its genre,',
    'audience, point of view, tense, length and constraints still hold unless the request changes them.',
    `In mode "create": first write the ${noun} for the writer as engaging Markdown prose (headings, short`,
    `paragraphs), then call ${createTool} exactly once with the same content as structured arguments —`,
    'the same names, the same title, nothing the prose did not say.',
    `In mode "revise": the context holds the target, or, when the writer named none, short summaries of the`,
    `candidates: then first read the one the request means in full with ${ToolName.getArtifact} (its kind and id)`,
    `or find it with ${ToolName.searchLibrary}. Tell the writer briefly what you change and why, then call`,
    `${reviseTool} once with its id and only the changed fields, each rewritten in full.`,
    'Stay consistent with the context: same genre, names, places and conflict. Never ask the writer questions.',
    'Context items (a plot, a world, existing_characters) are already saved in the library: build on them,',
    'never save them again; existing_characters are people the story already has, so create only new ones.',
    'Context items under "mentioned" are ones the writer named with @: use them as they are, by their names.',
    "Derive names from the setting's cultures and languages. Avoid the stock names and beats models fall back",
    'on (a chosen one, a prophecy, a dead mentor, names like Elara, Kael or Lyra) unless the writer asks for them.',
  ].join('\n');
}
