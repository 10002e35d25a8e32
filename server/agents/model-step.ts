// Streams one agent's model call: text deltas to the writer, tool failures and provider errors raised, abort honoured.
import { type LanguageModel, type ModelMessage, type StopCondition, streamText, type ToolSet } from 'ai';
import { ErrorCode } from '../../protocol/errors.ts';
import { AgentError, isAgentError } from './errors.ts';
import type { TurnEvents } from './turn.ts';

export interface ModelStepInput {
  model: LanguageModel;
  system: string;
  messages: ModelMessage[];
  tools: ToolSet;
  stopWhen: StopCondition<ToolSet> | StopCondition<ToolSet>[];
  signal: AbortSignal;
  events: TurnEvents;
  maxRetries: number;
  /** Where the tokens this call used are added up for the turn. */
  usage?: UsageTally;
}

export interface UsageTally {
  inputTokens: number;
  outputTokens: number;
}

export interface ModelToolCall {
  toolName: string;
  input: unknown;
}

export interface ModelStepResult {
  text: string;
  toolCalls: ModelToolCall[];
}

export async function runModelStep(step: ModelStepInput): Promise<ModelStepResult> {
  step.signal.throwIfAborted();
  const result = streamText({
    model: step.model,
    system: step.system,
    messages: step.messages,
    tools: step.tools,
    stopWhen: step.stopWhen,
    abortSignal: step.signal,
    maxRetries: step.maxRetries,
    // Errors arrive as stream parts and are thrown below; the SDK's default would also log them.
    onError: () => {},
  });
  let text = '';
  const toolCalls: ModelToolCall[] = [];
  for await (const part of result.fullStream) {
    switch (part.type) {
      case 'text-delta':
        if (part.text.length === 0) break;
        text += part.text;
        step.events.text(part.text);
        break;
      case 'tool-call':
        toolCalls.push({ toolName: part.toolName, input: part.input });
        break;
      case 'tool-error':
        step.signal.throwIfAborted();
        throw toolFailure(part.toolName, part.toolCallId, part.error, step.events);
      case 'finish':
        if (step.usage) {
          step.usage.inputTokens += part.totalUsage.inputTokens ?? 0;
          step.usage.outputTokens += part.totalUsage.outputTokens ?? 0;
        }
        break;
      case 'error':
        step.signal.throwIfAborted();
        throw part.error;
      default:
        break;
    }
  }
  // streamText ends its stream quietly on abort; the turn must still stop here.
  step.signal.throwIfAborted();
  return { text, toolCalls };
}

/**
 * Tools report their own failures; a call the SDK rejected before execute (unparseable JSON, an
 * unknown tool) has not been reported yet, so it is reported here.
 */
function toolFailure(toolName: string, toolCallId: string, error: unknown, events: TurnEvents): Error {
  if (isAgentError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  events.tool({ tool_call_id: toolCallId, tool_name: toolName, status: 'failed', message, progress: 0 });
  return new AgentError(ErrorCode.PROVIDER_BAD_OUTPUT, `The model's call to ${toolName} failed: ${message}`, {
    tool_name: toolName,
  });
}
