// Recognises the shapes provider failures arrive in: SDK error classes, network errors and providers' JSON bodies.
import {
  EmptyResponseBodyError,
  InvalidResponseDataError,
  JSONParseError,
  NoContentGeneratedError,
  TypeValidationError,
} from '@ai-sdk/provider';
import {
  InvalidToolInputError,
  NoObjectGeneratedError,
  NoOutputGeneratedError,
  NoSuchToolError,
  ToolCallRepairError,
} from 'ai';

/** What a provider's error JSON (an HTTP error body or an error event inside a stream) says, normalised. */
export interface StreamErrorShape {
  kind: 'auth' | 'rate-limited' | 'other';
  /** The provider's own error type or status, e.g. `rate_limit_error`, `RESOURCE_EXHAUSTED`. */
  type?: string;
  message?: string;
  retryAfterSeconds?: number;
}

const AUTH_TYPES = new Set([
  'authentication_error',
  'permission_error',
  'invalid_api_key',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
]);
const RATE_LIMIT_TYPES = new Set(['rate_limit_error', 'rate_limit_exceeded', 'RESOURCE_EXHAUSTED']);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** The model answered, but not in a form the SDK or our tools could use. */
export function isBadOutput(error: unknown): boolean {
  return (
    NoOutputGeneratedError.isInstance(error) ||
    NoObjectGeneratedError.isInstance(error) ||
    InvalidToolInputError.isInstance(error) ||
    NoSuchToolError.isInstance(error) ||
    ToolCallRepairError.isInstance(error) ||
    JSONParseError.isInstance(error) ||
    TypeValidationError.isInstance(error) ||
    InvalidResponseDataError.isInstance(error) ||
    EmptyResponseBodyError.isInstance(error) ||
    NoContentGeneratedError.isInstance(error) ||
    error instanceof SyntaxError
  );
}

/**
 * Anthropic rethrows a stream that fails on its first event as an APICallError with a made-up 500 status
 * and the serialised SDK error as the body; the name tells a parse failure from a real server error.
 */
export function isSerializedBadOutput(responseBody: string | undefined): boolean {
  if (!responseBody?.startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(responseBody);
    return (
      isRecord(parsed) && (parsed.name === 'AI_JSONParseError' || parsed.name === 'AI_TypeValidationError')
    );
  } catch {
    return false;
  }
}

/** No HTTP answer at all: refused, reset, unknown host, timed out, or fetch's bare "fetch failed". */
export function isNetworkFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (current instanceof TypeError && /^(fetch failed|failed to fetch)$/i.test(current.message))
      return true;
    current = current.cause;
  }
  return false;
}

/** Reads Google's `{error:{code,status,details}}`, OpenAI's `{error:{type,code}}` and Anthropic's `{type:'error',error:{type}}`. */
export function streamErrorShape(value: unknown): StreamErrorShape | undefined {
  // Only plain JSON: an Error also has a message, but says nothing about what the provider meant.
  if (!isRecord(value) || value instanceof Error) return undefined;
  const inner = isRecord(value.error) ? value.error : value;
  const message = typeof inner.message === 'string' ? inner.message : undefined;
  const type = firstString(inner.status, inner.type, inner.code);
  const numeric = typeof inner.code === 'number' ? inner.code : undefined;
  if (message === undefined && type === undefined) return undefined;

  const details = Array.isArray(inner.details) ? inner.details.filter(isRecord) : [];
  const base = {
    ...(type === undefined ? {} : { type }),
    ...(message === undefined ? {} : { message }),
  };
  // Gemini answers a bad key with 400 INVALID_ARGUMENT; the reason sits in the details.
  const keyInvalid = details.some((detail) => detail.reason === 'API_KEY_INVALID');
  if (keyInvalid || numeric === 401 || numeric === 403 || (type !== undefined && AUTH_TYPES.has(type))) {
    return { kind: 'auth', ...base };
  }
  if (numeric === 429 || (type !== undefined && RATE_LIMIT_TYPES.has(type))) {
    const retryAfterSeconds = googleRetryDelay(details);
    return {
      kind: 'rate-limited',
      ...base,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
  return { kind: 'other', ...base };
}

/** Google's RetryInfo detail carries `retryDelay: "30s"`. */
function googleRetryDelay(details: Record<string, unknown>[]): number | undefined {
  for (const detail of details) {
    const delay = typeof detail.retryDelay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(detail.retryDelay) : null;
    if (delay?.[1]) return Math.ceil(Number.parseFloat(delay[1]));
  }
  return undefined;
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && value.length > 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
