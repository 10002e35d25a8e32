// The wire contract: every client→server and server→client WebSocket message as a zod schema.
import { z } from 'zod';
import { ClientTimestamp } from './client-timestamp.ts';
import { Limits } from './errors.ts';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoTimestamp(value: string): boolean {
  return ISO_8601.test(value) && !Number.isNaN(Date.parse(value));
}

const Timestamp = z.string().refine(isIsoTimestamp, { message: 'Invalid timestamp format' });
const Id = z.string().min(1).max(128);

// ---------------------------------------------------------------- client → server

export const MessageOptions = z.object({
  stream: z.boolean().optional(),
  model: z.string().min(1).max(200).optional(),
});

export const UserMessage = z.object({
  type: z.literal('message'),
  content: z.string().max(Limits.maxContentLength),
  user_id: z.string().max(128).nullish(),
  timestamp: ClientTimestamp,
  options: MessageOptions.optional(),
  /** Set by clients that resend queued messages; a repeat of a seen id is ignored. */
  client_message_id: Id.optional(),
});

export const PingMessage = z.object({
  type: z.literal('ping'),
  timestamp: ClientTimestamp.optional(),
});

/** `model` names the model; `content` is accepted too, as clients built on the seed send it. */
export const ModelSwitchMessage = z
  .object({
    type: z.literal('model_switch'),
    model: z.string().min(1).max(200).optional(),
    content: z.string().min(1).max(200).optional(),
    timestamp: ClientTimestamp.optional(),
  })
  .refine((m) => m.model !== undefined || m.content !== undefined, {
    message: 'model_switch needs a model',
    path: ['model'],
  });

export const SessionRestoreMessage = z.object({
  type: z.literal('session_restore'),
  /** The agent message whose chunks the client last saw, and the last chunk_id it saw of it. */
  last_message_id: Id.optional(),
  last_chunk_id: z.number().int().nonnegative().optional(),
  timestamp: ClientTimestamp.optional(),
});

export const CancelMessage = z.object({
  type: z.literal('cancel'),
  /** The turn or agent message to stop; omitted means whatever the session is generating. */
  message_id: Id.optional(),
  timestamp: ClientTimestamp.optional(),
});

/**
 * Runs a finished turn's request again (`retry`), or carries on with the agents of its workflow that
 * had not saved anything yet (`resume`), keeping what it saved. Either starts a new turn, acknowledged
 * as a `user_message` repeating the request; `client_message_id` makes a resend exactly-once.
 */
export const RetryTurnMessage = z.object({
  type: z.literal('retry'),
  turn_id: Id,
  client_message_id: Id.optional(),
  timestamp: ClientTimestamp.optional(),
});

export const ResumeTurnMessage = z.object({
  type: z.literal('resume'),
  turn_id: Id,
  client_message_id: Id.optional(),
  timestamp: ClientTimestamp.optional(),
});

export const SingleClientMessage = z.discriminatedUnion('type', [
  UserMessage,
  PingMessage,
  ModelSwitchMessage,
  SessionRestoreMessage,
  CancelMessage,
  RetryTurnMessage,
  ResumeTurnMessage,
]);

export const BatchMessage = z.object({
  type: z.literal('batch'),
  messages: z.array(z.unknown()).max(Limits.maxBatchMessages),
  timestamp: ClientTimestamp.optional(),
});

export const CLIENT_MESSAGE_TYPES = [
  'message',
  'ping',
  'model_switch',
  'session_restore',
  'cancel',
  'retry',
  'resume',
  'batch',
] as const;

export type UserMessage = z.infer<typeof UserMessage>;
export type PingMessage = z.infer<typeof PingMessage>;
export type ModelSwitchMessage = z.infer<typeof ModelSwitchMessage>;
export type SessionRestoreMessage = z.infer<typeof SessionRestoreMessage>;
export type CancelMessage = z.infer<typeof CancelMessage>;
export type RetryTurnMessage = z.infer<typeof RetryTurnMessage>;
export type ResumeTurnMessage = z.infer<typeof ResumeTurnMessage>;
export type SingleClientMessage = z.infer<typeof SingleClientMessage>;
export type BatchMessage = z.infer<typeof BatchMessage>;
export type ClientMessage = SingleClientMessage | BatchMessage;

// ---------------------------------------------------------------- server → client

export const MessageStatus = z.enum(['streaming', 'complete', 'stopped', 'interrupted', 'failed']);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const StreamChunk = z.object({
  type: z.literal('stream_chunk'),
  content: z.string(),
  agent: z.string(),
  /** 1, 2, 3, … within message_id. */
  chunk_id: z.number().int().positive(),
  total_chunks: z.number().int().nullable(),
  timestamp: Timestamp,
  message_id: Id,
  turn_id: Id,
});

export const AgentSwitch = z.object({
  type: z.literal('agent_switch'),
  from_agent: z.string().nullable(),
  to_agent: z.string(),
  reason: z.string(),
  timestamp: Timestamp,
  turn_id: Id,
});

export const ToolStatus = z.enum(['executing', 'completed', 'failed']);

export const ToolExecution = z.object({
  type: z.literal('tool_execution'),
  tool_name: z.string(),
  status: ToolStatus,
  message: z.string(),
  progress: z.number().min(0).max(1),
  timestamp: Timestamp,
  turn_id: Id,
  tool_call_id: Id,
  agent: z.string(),
  /** On completion: what the tool produced, e.g. { plot_id, title }. */
  result: z.record(z.string(), z.unknown()).optional(),
});

export const ErrorMessage = z.object({
  type: z.literal('error'),
  error_code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
  timestamp: Timestamp,
  retry_after_ms: z.number().int().nonnegative().optional(),
  turn_id: Id.optional(),
});

export const CompletionResults = z
  .object({
    agents_used: z.array(z.string()),
    plot_id: z.string().optional(),
    title: z.string().optional(),
    world_id: z.string().optional(),
    world_name: z.string().optional(),
    character_ids: z.array(z.string()).optional(),
    /** The characters' names, in the order of `character_ids`. */
    character_names: z.array(z.string()).optional(),
    author_id: z.string().optional(),
    author_name: z.string().optional(),
    /** The book the session works on, once it has one. */
    project_id: z.string().optional(),
    outline_id: z.string().optional(),
    outline_title: z.string().optional(),
    /** The model that answered. */
    model: z.string().optional(),
    /** The `options.model` the message asked for, when the server could not serve it. */
    requested_model: z.string().optional(),
    /** On a failed or interrupted turn: the agent a `resume` would start with; absent when only `retry` can help. */
    next_agent: z.string().optional(),
  })
  .catchall(z.unknown());

export const TurnStatus = z.enum(['completed', 'stopped', 'failed', 'interrupted']);
export type TurnStatus = z.infer<typeof TurnStatus>;

export const Completion = z.object({
  type: z.literal('completion'),
  message: z.string(),
  results: CompletionResults,
  timestamp: Timestamp,
  turn_id: Id,
  status: TurnStatus,
});

export const Pong = z.object({
  type: z.literal('pong'),
  timestamp: Timestamp,
});

export const ModelInfo = z.object({
  id: z.string(),
  provider: z.string(),
  label: z.string(),
  offline: z.boolean(),
});
export type ModelInfo = z.infer<typeof ModelInfo>;

/** Sent once to every new connection, before anything else. */
export const Connected = z.object({
  type: z.literal('connected'),
  session_id: Id,
  model: z.string(),
  generating: z.boolean(),
  timestamp: Timestamp,
});

export const ModelSwitched = z.object({
  type: z.literal('model_switched'),
  model: z.string(),
  previous_model: z.string(),
  timestamp: Timestamp,
});

/** A user message accepted into the session, sent to every connection of the session. */
export const UserMessageAccepted = z.object({
  type: z.literal('user_message'),
  message_id: Id,
  turn_id: Id,
  content: z.string(),
  client_message_id: Id.nullable(),
  queued: z.boolean(),
  timestamp: Timestamp,
});

export const TranscriptMessage = z.object({
  id: Id,
  turn_id: Id,
  role: z.enum(['user', 'agent']),
  agent: z.string().nullable(),
  content: z.string(),
  status: MessageStatus,
  /** Chunks this message holds; for the in-flight message, the chunk its content ends at. */
  chunk_count: z.number().int().nonnegative(),
  created_at: Timestamp,
  client_message_id: Id.nullable(),
});
export type TranscriptMessage = z.infer<typeof TranscriptMessage>;

/** The non-chunk events of the session's turns, so a restored client can redraw tool cards and links. */
export const ActivityEvent = z.discriminatedUnion('type', [
  AgentSwitch,
  ToolExecution,
  ErrorMessage,
  Completion,
]);
export type ActivityEvent = z.infer<typeof ActivityEvent>;

export const SessionState = z.object({
  type: z.literal('session_state'),
  session_id: Id,
  model: z.string(),
  messages: z.array(TranscriptMessage),
  activity: z.array(ActivityEvent),
  /** The agent message still being written, if any: it is also the last entry of `messages`. */
  in_flight: z
    .object({
      message_id: Id,
      turn_id: Id,
      agent: z.string(),
      chunk_id: z.number().int().nonnegative(),
    })
    .nullable(),
  /** Turns accepted but not started yet. */
  queued_turns: z.number().int().nonnegative(),
  timestamp: Timestamp,
});

export const ServerMessage = z.discriminatedUnion('type', [
  StreamChunk,
  AgentSwitch,
  ToolExecution,
  ErrorMessage,
  Completion,
  Pong,
  Connected,
  ModelSwitched,
  UserMessageAccepted,
  SessionState,
]);

export type StreamChunk = z.infer<typeof StreamChunk>;
export type AgentSwitch = z.infer<typeof AgentSwitch>;
export type ToolExecution = z.infer<typeof ToolExecution>;
export type ErrorMessage = z.infer<typeof ErrorMessage>;
export type CompletionResults = z.infer<typeof CompletionResults>;
export type Completion = z.infer<typeof Completion>;
export type Pong = z.infer<typeof Pong>;
export type Connected = z.infer<typeof Connected>;
export type ModelSwitched = z.infer<typeof ModelSwitched>;
export type UserMessageAccepted = z.infer<typeof UserMessageAccepted>;
export type SessionState = z.infer<typeof SessionState>;
export type ServerMessage = z.infer<typeof ServerMessage>;
export type ServerMessageType = ServerMessage['type'];

export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
