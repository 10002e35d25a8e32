// Pure edits to the outbox: messages typed by the writer that the server has not accepted yet.
import { ErrorCode, Limits } from '../../protocol/errors.ts';
import type { DeliveryFailure, OutboxEntry, SessionView } from './session-view.ts';

/** Codes with which the server refuses a message outright; the message stays with the writer to fix or resend. */
const REFUSALS: ReadonlySet<string> = new Set([
  ErrorCode.MESSAGE_TOO_LONG,
  ErrorCode.RATE_LIMITED,
  ErrorCode.QUEUE_FULL,
  ErrorCode.INVALID_MESSAGE,
  ErrorCode.INVALID_TIMESTAMP,
  ErrorCode.INVALID_JSON,
  ErrorCode.BATCH_TOO_LARGE,
  ErrorCode.MODEL_UNAVAILABLE,
]);

export function isRefusal(errorCode: string): boolean {
  return REFUSALS.has(errorCode);
}

/** What is wrong with a draft before it is sent, or null when it may go. */
export function draftProblem(content: string): DeliveryFailure | null {
  if (content.length > Limits.maxContentLength) {
    return {
      error_code: ErrorCode.MESSAGE_TOO_LONG,
      message: `Your message is ${content.length.toLocaleString('en')} characters; the limit is ${Limits.maxContentLength.toLocaleString('en')}.`,
      retry_after_ms: null,
    };
  }
  return null;
}

export function enqueue(view: SessionView, entry: OutboxEntry): SessionView {
  return { ...view, outbox: [...view.outbox, entry] };
}

export function markSending(view: SessionView, clientMessageIds: readonly string[]): SessionView {
  const ids = new Set(clientMessageIds);
  return {
    ...view,
    outbox: view.outbox.map((entry) =>
      ids.has(entry.client_message_id) ? { ...entry, delivery: 'sending', failure: null } : entry,
    ),
  };
}

/** Puts a draft back in line for the next connection, clearing any refusal. */
export function requeue(view: SessionView, clientMessageId: string): SessionView {
  return {
    ...view,
    outbox: view.outbox.map((entry) =>
      entry.client_message_id === clientMessageId ? { ...entry, delivery: 'queued', failure: null } : entry,
    ),
  };
}

export function removeFromOutbox(view: SessionView, clientMessageId: string | null): SessionView {
  if (clientMessageId === null || !view.outbox.some((e) => e.client_message_id === clientMessageId))
    return view;
  return { ...view, outbox: view.outbox.filter((e) => e.client_message_id !== clientMessageId) };
}

/** Attaches a refusal to the oldest message still awaiting acceptance; undefined when none is waiting. */
export function failOldestSending(view: SessionView, failure: DeliveryFailure): SessionView | undefined {
  const index = view.outbox.findIndex((e) => e.delivery === 'sending');
  if (index === -1) return undefined;
  const outbox = view.outbox.map((entry, i) =>
    i === index ? { ...entry, delivery: 'failed' as const, failure } : entry,
  );
  return { ...view, outbox };
}

/** Entries to send on (re)connect: all that have not been refused. */
export function entriesToSend(view: SessionView): OutboxEntry[] {
  return view.outbox.filter((e) => e.delivery !== 'failed');
}
