// OrchestratorAgent: acknowledges the writer and decides, in one model call, which specialists run and in what order.
import { type LanguageModel, type ModelMessage, stepCountIs, tool } from 'ai';
import { ErrorCode } from '../../protocol/errors.ts';
import type { TranscriptMessage } from '../../protocol/messages.ts';
import type { ArtifactStore } from '../storage/repository.ts';
import {
  AgentName,
  type ArtifactSummary,
  normalizeRoute,
  RouteArgs,
  RouteArgsForModel,
  ToolName,
  writeArtifactCatalog,
} from './contract.ts';
import { AgentError } from './errors.ts';
import { runModelStep, type UsageTally } from './model-step.ts';
import type { RetryWait } from './retry-policy.ts';
import { loadSessionCatalog, scopeOf } from './session-library.ts';
import type { AgentDescriptor } from './specialist.ts';
import { parseToolInput, schemaForModel } from './tools/tool-input.ts';
import type { TurnInput } from './turn.ts';

export interface OrchestratorDecision {
  /** What the orchestrator told the writer. */
  text: string;
  /** The specialists to run, or undefined when the orchestrator answered by itself. */
  route: RouteArgs | undefined;
}

export interface OrchestratorAgent extends AgentDescriptor {
  decide(
    input: TurnInput,
    options: { maxRetries: number; usage?: UsageTally; model?: LanguageModel; wait?: RetryWait },
  ): Promise<OrchestratorDecision>;
}

/** Recent turns are enough to resolve "it" and "her"; older ones only cost tokens. */
const HISTORY_MESSAGES = 12;
const HISTORY_CHARS = 2_000;
/** Two sentences and a route: a generous ceiling that still stops a runaway reply. */
const ORCHESTRATOR_MAX_OUTPUT_TOKENS = 2_000;

export const ORCHESTRATOR: AgentDescriptor = {
  name: AgentName.orchestrator,
  description:
    'Reads the request, answers simple questions itself and routes creative work to the specialists in order.',
  tools: [ToolName.route],
};

/** The same for every turn and session, so providers can cache it; the library comes as user-role context. */
const ORCHESTRATOR_SYSTEM_PROMPT = [
  'You are the OrchestratorAgent of BooksWriter, a studio where specialists help a novelist write.',
  'Specialists:',
  `- ${AgentName.plot}: writes plots (title, logline, summary, genre, acts and beats).`,
  `- ${AgentName.world}: builds the world a story happens in (geography, politics, cultures, magic or technology).`,
  `- ${AgentName.characters}: creates characters (protagonist, antagonist, allies) or revises one character.`,
  `- ${AgentName.author}: invents an author persona (name, pen name, biography, writing style).`,
  'First write one or two short sentences to the writer restating what they asked for and what will happen;',
  'invent nothing they did not say (no titles, names or plot points). Then, when the request',
  `asks for creative work, call ${ToolName.route} once with the steps in order: plot, then world, then`,
  'characters, then author, only those asked for. Give each step a concrete task in your own words',
  '(for characters, say how many), carrying every detail the writer gave: genre, audience, point of view,',
  'tense, length and constraints, from this message and earlier ones, adding no names, places or events of your own.',
  `To change something that already exists, use mode "revise" with target_id set to its id from the`,
  'list of the session\'s library given with the writer\'s message, before their words (for "the villain", the',
  `antagonist). When the writer only asks a question, answer it briefly and call ${ToolName.route} with an`,
  'empty steps list.',
].join('\n');

/** The session's library as context before the writer's message: what changes turn to turn stays out of the system prompt. */
function libraryContext(catalog: ArtifactSummary[]): string {
  return catalog.length > 0
    ? `The session's library so far (kind, id, label, detail):\n${writeArtifactCatalog(catalog)}`
    : "The session's library is empty so far.";
}

function historyMessages(history: TranscriptMessage[]): ModelMessage[] {
  return history
    .filter((m) => m.content.trim().length > 0)
    .slice(-HISTORY_MESSAGES)
    .map((m) => ({
      role: m.role === 'user' ? ('user' as const) : ('assistant' as const),
      content: m.content.length > HISTORY_CHARS ? `${m.content.slice(0, HISTORY_CHARS)}…` : m.content,
    }));
}

export function createOrchestratorAgent(deps: { artifacts: ArtifactStore }): OrchestratorAgent {
  return {
    ...ORCHESTRATOR,
    async decide(input, options) {
      const catalog = await loadSessionCatalog(deps.artifacts, scopeOf(input.sessionId, input.projectId));
      const routeTool = {
        // No execute: the call is the decision, and the workflow acts on it.
        [ToolName.route]: tool({
          description:
            'Hand the request to specialists, in order, each with its task. Call it with no steps when you only answered a question.',
          inputSchema: schemaForModel(RouteArgsForModel),
        }),
      };
      const messages: ModelMessage[] = [
        ...historyMessages(input.history),
        {
          role: 'user',
          content: [
            { type: 'text', text: libraryContext(catalog) },
            { type: 'text', text: input.content },
          ],
        },
      ];
      const common = {
        model: options.model ?? input.model,
        system: ORCHESTRATOR_SYSTEM_PROMPT,
        tools: routeTool,
        stopWhen: stepCountIs(1),
        signal: input.signal,
        maxRetries: options.maxRetries,
        wait: options.wait,
        usage: options.usage,
        maxOutputTokens: ORCHESTRATOR_MAX_OUTPUT_TOKENS,
      };
      const first = await runModelStep({ ...common, messages, events: input.events });
      let { text, toolCalls } = first;
      if (!toolCalls.some((c) => c.toolName === ToolName.route)) {
        // Models often say "I'll have the plot specialist…" and stop: a decision is still needed. What
        // this call writes is not shown, the writer has read the first answer already.
        const forced = await runModelStep({
          ...common,
          messages: [
            ...messages,
            ...(text.trim() ? [{ role: 'assistant' as const, content: text }] : []),
            {
              role: 'user',
              content: `Now call ${ToolName.route} to do what you said. If you only answered a question, call it with an empty steps list.`,
            },
          ],
          toolChoice: { type: 'tool', toolName: ToolName.route },
          events: {
            switchAgent: (to, reason) => input.events.switchAgent(to, reason),
            text: () => {},
            tool: (update) => input.events.tool(update),
            progress: () => input.events.progress?.(),
          },
        });
        toolCalls = forced.toolCalls;
        if (!text.trim()) text = forced.text;
      }
      if (!text.trim() && !toolCalls.some((c) => c.toolName === ToolName.route)) {
        throw new AgentError(
          ErrorCode.PROVIDER_BAD_OUTPUT,
          'The orchestrator neither answered nor chose a specialist, even when asked again',
          { agent: AgentName.orchestrator },
        );
      }
      const call = toolCalls.find((c) => c.toolName === ToolName.route);
      if (!call) return { text, route: undefined };
      const route = parseToolInput(RouteArgs, normalizeRoute(call.input), ToolName.route);
      if (route.steps.length === 0) return { text, route: undefined };
      // A target the session does not have is a slip of the model: the workflow then finds the target itself.
      const known = new Set(catalog.map((item) => item.id));
      const steps = route.steps.map(({ target_id, ...step }) =>
        target_id && known.has(target_id) ? { ...step, target_id } : step,
      );
      return { text, route: { steps } };
    },
  };
}
