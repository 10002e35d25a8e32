// Structured logs: JSON lines with the session, agent and timings; never message content at info level.
import { pino } from 'pino';
import { createRedactor } from './secret-redaction.ts';

export type Logger = pino.Logger;

/** Fields of an error worth a log line; the rest may carry prompts or model output (e.g. requestBodyValues). */
const ERROR_FIELDS = ['code', 'statusCode', 'isRetryable', 'reason'] as const;
const MAX_CAUSE_DEPTH = 3;
const MAX_MESSAGE_LENGTH = 300;

/**
 * Errors are logged by an allowlist: provider errors keep the request body, the response body and the
 * model's text on enumerable fields, and the default serializer would copy the writer's words into the log.
 */
export function describeErrorForLog(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, 200) };
  const message = withoutEchoedContent(error.message);
  // The stack's first lines repeat the message, so only its frames are kept.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const described: Record<string, unknown> = {
    type: error.name,
    message,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      described[field] = value;
  }
  if (error.cause !== undefined && depth < MAX_CAUSE_DEPTH)
    described.cause = describeErrorForLog(error.cause, depth + 1);
  return described;
}

/** Validation and parse errors of the AI SDK quote the value or text they rejected after `Value:` or `Text:`. */
function withoutEchoedContent(message: string): string {
  const cut = message.search(/\b(Value|Text):\s/);
  const kept = cut >= 0 ? `${message.slice(0, cut)}[content omitted]` : message;
  return kept.length > MAX_MESSAGE_LENGTH ? `${kept.slice(0, MAX_MESSAGE_LENGTH)}…` : kept;
}

/**
 * Every line passes through the redactor last, so no path (an error's message, a provider's echoed
 * request, a field someone adds later) can write a configured key or a credential-shaped value.
 */
export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
  secrets: readonly string[] = [],
): Logger {
  return pino(
    {
      level,
      base: { service: 'bookswriter' },
      serializers: { err: describeErrorForLog },
      hooks: { streamWrite: createRedactor(secrets) },
    },
    destination,
  );
}

/** A logger that drops everything, for tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
