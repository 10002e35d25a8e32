// The errors the session hub answers a client with, built in one place so their wording stays consistent.
import { ErrorCode } from '../../protocol/errors.ts';
import type { ModelRegistry } from '../llm/registry.ts';

export type HubError = { code: ErrorCode; message: string; details: Record<string, unknown> };

export function modelUnavailable(models: ModelRegistry, requested: string): HubError {
  return {
    code: ErrorCode.MODEL_UNAVAILABLE,
    message: `The model "${requested}" is not available`,
    details: { requested, available: models.list().map((m) => m.id) },
  };
}

export function nothingToCancel(messageId: string | undefined): HubError {
  return {
    code: ErrorCode.NOTHING_TO_CANCEL,
    message: 'There is no reply in progress to stop',
    details: { message_id: messageId ?? null },
  };
}

export function queueFull(maxQueued: number): HubError {
  return {
    code: ErrorCode.QUEUE_FULL,
    message: `${maxQueued} messages are already waiting for the reply in progress; wait for it to finish`,
    details: { max_queued_turns: maxQueued },
  };
}

/** Thrown by `attach` when the session belongs to another owner (it may have been claimed meanwhile). */
export class SessionForbidden extends Error {
  constructor(readonly sessionId: string) {
    super(`Session ${sessionId} belongs to someone else`);
    this.name = 'SessionForbidden';
  }
}
