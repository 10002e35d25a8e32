// Turns one received text frame into client messages, or into the error the sender is owed.
import type { z } from 'zod';
import { normaliseClientTimestamp } from './client-timestamp.ts';
import { ErrorCode, Limits } from './errors.ts';
import { BatchMessage, CLIENT_MESSAGE_TYPES, SingleClientMessage } from './messages.ts';

export interface ProtocolError {
  code: ErrorCode;
  message: string;
  details: Record<string, unknown>;
}

export type ParsedMessage = { ok: true; message: SingleClientMessage } | { ok: false; error: ProtocolError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssues(issues: z.core.$ZodIssue[]): ProtocolError {
  const first = issues[0];
  const field = first?.path.join('.') || 'message';
  return {
    code: ErrorCode.INVALID_MESSAGE,
    message: `Invalid field "${field}": ${first?.message ?? 'invalid message'}`,
    details: {
      field,
      issues: issues.slice(0, 5).map((i) => ({ path: i.path.map(String), message: i.message })),
    },
  };
}

/** Validates one decoded message object that is not a batch. */
export function parseSingleMessage(value: unknown): ParsedMessage {
  if (!isRecord(value)) {
    return failed(ErrorCode.INVALID_MESSAGE, 'A message must be a JSON object', { received: typeOf(value) });
  }
  const type = value.type;
  if (typeof type !== 'string') {
    return failed(ErrorCode.INVALID_MESSAGE, 'Missing required field: type', { field: 'type' });
  }
  if (!(CLIENT_MESSAGE_TYPES as readonly string[]).includes(type) || type === 'batch') {
    return failed(ErrorCode.UNKNOWN_MESSAGE_TYPE, `Invalid message type: ${type.slice(0, 64)}`, {
      type: type.slice(0, 64),
      valid_types: CLIENT_MESSAGE_TYPES.filter((t) => t !== 'batch'),
    });
  }
  const content = value.content;
  if (typeof content === 'string' && content.length > Limits.maxContentLength) {
    return failed(ErrorCode.MESSAGE_TOO_LONG, 'Message content too long', {
      length: content.length,
      max_length: Limits.maxContentLength,
    });
  }
  const timestamp = value.timestamp;
  const readable =
    (typeof timestamp === 'string' || typeof timestamp === 'number') &&
    normaliseClientTimestamp(timestamp) !== undefined;
  if (timestamp !== undefined && !readable) {
    return failed(ErrorCode.INVALID_TIMESTAMP, 'Invalid timestamp format', {
      field: 'timestamp',
      expected: 'a date and time, e.g. 2025-01-28T10:30:00Z (no zone means UTC) or epoch milliseconds',
    });
  }
  const parsed = SingleClientMessage.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
  return { ok: true, message: parsed.data };
}

/**
 * Decodes a text frame. A batch yields one result per entry, in order, so valid entries
 * still run when a neighbour is rejected.
 */
export function parseClientFrame(text: string): ParsedMessage[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [
      failed(ErrorCode.INVALID_JSON, 'Message is not valid JSON', { reason: (error as Error).message }),
    ];
  }
  if (isRecord(value) && value.type === 'batch') {
    if (Array.isArray(value.messages) && value.messages.length > Limits.maxBatchMessages) {
      return [
        failed(ErrorCode.BATCH_TOO_LARGE, `A batch holds at most ${Limits.maxBatchMessages} messages`, {
          count: value.messages.length,
          max_messages: Limits.maxBatchMessages,
        }),
      ];
    }
    const batch = BatchMessage.safeParse(value);
    if (!batch.success) return [{ ok: false, error: describeIssues(batch.error.issues) }];
    return batch.data.messages.map(parseSingleMessage);
  }
  return [parseSingleMessage(value)];
}

function failed(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown>,
): { ok: false; error: ProtocolError } {
  return { ok: false, error: { code, message, details } };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
