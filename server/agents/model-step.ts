// Streams one agent's model call: text deltas to the writer, tool failures and provider errors raised, abort honoured.
import {
  type FinishReason,
  type LanguageModel,
  type ModelMessage,
  type PrepareStepFunction,
  RetryError,
  type StopCondition,
  streamText,
  type ToolChoice,
  type ToolSet,
} from 'ai';
import { ErrorCode } from '../../protocol/errors.ts';
import { AgentError, isAgentError } from './errors.ts';
import { type RetryWait, retryDelayMs, waitFor } from './retry-policy.ts';
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
  /** Where the tokens this call used are added up for the turn, step by step. */
  usage?: UsageTally;
  toolChoice?: ToolChoice<ToolSet>;
  /** Which of `tools` each step offers (`activeTools`) and whether it must call one. */
  prepareStep?: PrepareStepFunction<ToolSet>;
  maxOutputTokens?: number;
  /** Tools whose arguments are shown to the writer while they stream in, with the noun to show. */
  streamedTools?: Record<string, string>;
  /** How retries wait; tests record the delays instead of sleeping. */
  wait?: RetryWait;
  /** `collect`: a failed tool call is returned in `toolErrors` for the caller to repair; default `throw`. */
  toolErrors?: 'throw' | 'collect';
}

export interface UsageTally {
  inputTokens: number;
  outputTokens: number;
}

export interface ModelToolCall {
  toolCallId: string;
  toolName: string;
  input: unknown;
}

export interface ModelStepResult {
  text: string;
  toolCalls: ModelToolCall[];
  /** Why the last step ended: `length` when cut off at the token limit. */
  finishReason: FinishReason | undefined;
  /** Failed tool calls, when `toolErrors` is `collect`: what the model sent and why it failed. */
  toolErrors: ModelToolError[];
  /** What the call added to the conversation: the model's messages and the tools' results, every step. */
  responseMessages: ModelMessage[];
}

export interface ModelToolError {
  toolName: string;
  input: unknown;
  message: string;
}

/** How often the writer is told how far the tool arguments have got. */
const ARGUMENT_PROGRESS_INTERVAL_MS = 1_000;

/** Thrown by one attempt; `reached` says whether anything of it reached the writer or the library. */
class AttemptFailed extends Error {
  constructor(
    readonly failure: unknown,
    readonly reached: boolean,
  ) {
    super('model call failed');
  }
}

/**
 * One model call, tried again (up to `maxRetries` times) only while nothing of it has reached the
 * writer: after the provider's own retry delay when it gives one, otherwise with backoff.
 */
export async function runModelStep(step: ModelStepInput): Promise<ModelStepResult> {
  const failures: unknown[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptModelStep(step);
    } catch (error) {
      if (!(error instanceof AttemptFailed)) throw error;
      failures.push(error.failure);
      const delay =
        error.reached || attempt >= step.maxRetries ? undefined : retryDelayMs(error.failure, attempt);
      if (delay === undefined) {
        if (failures.length === 1) throw error.failure;
        throw new RetryError({
          message: `The model call failed ${failures.length} times`,
          reason: 'maxRetriesExceeded',
          errors: failures,
        });
      }
      // Waiting as the provider asked is not a stall.
      step.events.progress?.();
      await (step.wait ?? waitFor)(delay, step.signal);
      step.events.progress?.();
    }
  }
}

async function attemptModelStep(step: ModelStepInput): Promise<ModelStepResult> {
  step.signal.throwIfAborted();
  let reached = false;
  const result = streamText({
    model: step.model,
    system: step.system,
    messages: step.messages,
    tools: step.tools,
    stopWhen: step.stopWhen,
    abortSignal: step.signal,
    // Retries are ours (above): the SDK's would ignore Gemini's retry delay.
    maxRetries: 0,
    ...(step.toolChoice ? { toolChoice: step.toolChoice } : {}),
    ...(step.prepareStep ? { prepareStep: step.prepareStep } : {}),
    ...(step.maxOutputTokens ? { maxOutputTokens: step.maxOutputTokens } : {}),
    // One save per step: providers that can be told not to call tools in parallel are told so.
    providerOptions: {
      openai: { parallelToolCalls: false },
      anthropic: { disableParallelToolUse: true },
    },
    // Errors arrive as stream parts and are thrown below; the SDK's default would also log them.
    onError: () => {},
  });
  let text = '';
  let finishReason: FinishReason | undefined;
  const toolCalls: ModelToolCall[] = [];
  const toolErrors: ModelToolError[] = [];
  const argumentProgress = argumentReporter(step);
  for await (const part of result.fullStream) {
    // Any part is a sign of life: tool arguments and reasoning can run for a minute without text.
    step.events.progress?.();
    switch (part.type) {
      case 'text-delta':
        if (part.text.length === 0) break;
        reached = true;
        text += part.text;
        step.events.text(part.text);
        break;
      case 'tool-input-start':
        reached = true;
        argumentProgress.start(part.id, part.toolName);
        break;
      case 'tool-input-delta':
        argumentProgress.delta(part.id, part.delta);
        break;
      case 'tool-call':
        reached = true;
        toolCalls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
        break;
      case 'tool-error': {
        step.signal.throwIfAborted();
        const failure = toolFailure(part.toolName, part.toolCallId, part.error, step.events);
        // Only arguments the model got wrong can be repaired; a failed write or a missing target cannot.
        const repairable = !isAgentError(failure) || failure.code === ErrorCode.PROVIDER_BAD_OUTPUT;
        if (step.toolErrors !== 'collect' || !repairable) throw failure;
        toolErrors.push({ toolName: part.toolName, input: part.input, message: failure.message });
        break;
      }
      case 'finish-step':
        finishReason = part.finishReason;
        // Counted per step, so a turn that fails later still reports what it used.
        if (step.usage) {
          step.usage.inputTokens += part.usage.inputTokens ?? 0;
          step.usage.outputTokens += part.usage.outputTokens ?? 0;
        }
        break;
      case 'error':
        step.signal.throwIfAborted();
        throw new AttemptFailed(part.error, reached);
      default:
        break;
    }
  }
  // streamText ends its stream quietly on abort; the turn must still stop here.
  step.signal.throwIfAborted();
  const { messages: responseMessages } = await result.response;
  return { text, toolCalls, finishReason, toolErrors, responseMessages };
}

/** Tells the writer, at most once a second, how much of a save call's arguments has arrived. */
function argumentReporter(step: ModelStepInput) {
  const calls = new Map<string, { toolName: string; noun: string; chars: number; reportedAt: number }>();
  const report = (id: string, call: { toolName: string; noun: string; chars: number }) =>
    step.events.tool({
      tool_call_id: id,
      tool_name: call.toolName,
      status: 'executing',
      message:
        call.chars === 0
          ? `Writing the ${call.noun}...`
          : `Writing the ${call.noun}... (${call.chars.toLocaleString('en-US')} characters so far)`,
      progress: 0.1,
    });
  return {
    start(id: string, toolName: string) {
      const noun = step.streamedTools?.[toolName];
      if (!noun) return;
      const call = { toolName, noun, chars: 0, reportedAt: Date.now() };
      calls.set(id, call);
      report(id, call);
    },
    delta(id: string, delta: string) {
      const call = calls.get(id);
      if (!call) return;
      call.chars += delta.length;
      if (Date.now() - call.reportedAt < ARGUMENT_PROGRESS_INTERVAL_MS) return;
      call.reportedAt = Date.now();
      report(id, call);
    },
  };
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
