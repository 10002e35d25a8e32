// Turns whatever a model provider call threw into a stable code, a plain sentence and safe details.
import { APICallError, LoadAPIKeyError } from '@ai-sdk/provider';
import { NoOutputGeneratedError, RetryError } from 'ai';
import { ErrorCode } from '../../protocol/errors.ts';
import {
  isBadOutput,
  isNetworkFailure,
  isSerializedBadOutput,
  type StreamErrorShape,
  streamErrorShape,
} from './error-shapes.ts';
import type { ProviderFailure } from './registry.ts';

export interface ProviderErrorContext {
  /** The provider of the model that failed, e.g. `openai`; added to the details when given. */
  provider?: string;
}

const MESSAGES = {
  auth: 'The model provider rejected the API key',
  rateLimited: 'The model provider is rate limiting requests; try again shortly',
  unreachable: 'The model provider could not be reached',
  modelUnavailable:
    'The model provider does not serve this model (it may have been retired); choose another model',
  badOutput: 'The model returned output that could not be understood',
  other: 'The model provider failed to answer',
} as const;

/** Messages never repeat the provider's own words in full: some echo part of the API key back. */
export function describeProviderError(error: unknown, context: ProviderErrorContext = {}): ProviderFailure {
  const base: Record<string, unknown> = context.provider ? { provider: context.provider } : {};

  if (RetryError.isInstance(error)) {
    const inner = describeProviderError(error.lastError, context);
    const attempts = error.errors.length;
    return {
      ...inner,
      message: `${inner.message} (tried ${attempts} times)`,
      details: { ...inner.details, attempts },
    };
  }
  if (NoOutputGeneratedError.isInstance(error) && error.cause !== undefined) {
    return describeProviderError(error.cause, context);
  }
  if (LoadAPIKeyError.isInstance(error)) {
    return {
      code: ErrorCode.PROVIDER_AUTH,
      message: 'No API key is configured for this model provider',
      details: base,
    };
  }
  if (APICallError.isInstance(error)) return describeApiCallError(error, base);
  if (isBadOutput(error)) {
    return {
      code: ErrorCode.PROVIDER_BAD_OUTPUT,
      message: MESSAGES.badOutput,
      details: { ...base, ...errorName(error) },
    };
  }
  if (isNetworkFailure(error)) {
    return {
      code: ErrorCode.PROVIDER_UNREACHABLE,
      message: MESSAGES.unreachable,
      details: { ...base, ...errorName(error) },
    };
  }
  const shape = streamErrorShape(error);
  if (shape) return describeStreamError(shape, base);
  return {
    code: ErrorCode.PROVIDER_ERROR,
    message: MESSAGES.other,
    details: { ...base, ...errorName(error) },
  };
}

function describeApiCallError(error: APICallError, base: Record<string, unknown>): ProviderFailure {
  const status = error.statusCode;
  if (status === undefined) {
    // The SDK raises APICallError without a status only when no HTTP response arrived at all.
    return {
      code: ErrorCode.PROVIDER_UNREACHABLE,
      message: MESSAGES.unreachable,
      details: { ...base, host: hostOf(error.url) },
    };
  }
  if (isSerializedBadOutput(error.responseBody)) {
    return { code: ErrorCode.PROVIDER_BAD_OUTPUT, message: MESSAGES.badOutput, details: base };
  }
  const shape = streamErrorShape(error.data ?? parseJson(error.responseBody));
  const details: Record<string, unknown> = {
    ...base,
    status,
    ...(shape?.type ? { providerCode: shape.type } : {}),
  };

  if (status === 401 || status === 403 || shape?.kind === 'auth') {
    return { code: ErrorCode.PROVIDER_AUTH, message: MESSAGES.auth, details };
  }
  if (status === 404) {
    // Every provider answers a model it does not serve (or no longer serves) with 404.
    return { code: ErrorCode.MODEL_UNAVAILABLE, message: MESSAGES.modelUnavailable, details };
  }
  if (status === 429 || shape?.kind === 'rate-limited') {
    const retryAfterSeconds = retryAfter(error.responseHeaders) ?? shape?.retryAfterSeconds;
    return {
      code: ErrorCode.PROVIDER_RATE_LIMITED,
      message: MESSAGES.rateLimited,
      details: retryAfterSeconds === undefined ? details : { ...details, retryAfterSeconds },
    };
  }
  const providerMessage = redact(shape?.message ?? error.message);
  return {
    code: ErrorCode.PROVIDER_ERROR,
    message: `${MESSAGES.other} (HTTP ${status})`,
    details: providerMessage ? { ...details, providerMessage } : details,
  };
}

function describeStreamError(shape: StreamErrorShape, base: Record<string, unknown>): ProviderFailure {
  const details: Record<string, unknown> = { ...base, ...(shape.type ? { providerCode: shape.type } : {}) };
  switch (shape.kind) {
    case 'auth':
      return { code: ErrorCode.PROVIDER_AUTH, message: MESSAGES.auth, details };
    case 'rate-limited': {
      const retry = shape.retryAfterSeconds;
      return {
        code: ErrorCode.PROVIDER_RATE_LIMITED,
        message: MESSAGES.rateLimited,
        details: retry === undefined ? details : { ...details, retryAfterSeconds: retry },
      };
    }
    case 'other': {
      const providerMessage = redact(shape.message);
      return {
        code: ErrorCode.PROVIDER_ERROR,
        message: MESSAGES.other,
        details: providerMessage ? { ...details, providerMessage } : details,
      };
    }
  }
}

/** Seconds to wait, from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
function retryAfter(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const milliseconds = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(milliseconds)) return Math.ceil(milliseconds / 1000);
  const value = headers['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, Math.ceil((date - Date.now()) / 1000)) : undefined;
}

/** Strips anything shaped like a credential, and keeps the text short enough for a details field. */
export function redact(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const cleaned = text
    .replace(/\b(sk|pk|rk)-[A-Za-z0-9_*-]{8,}/g, '[redacted]')
    .replace(/\bAIza[0-9A-Za-z_-]{20,}/g, '[redacted]')
    .replace(/\b[A-Za-z0-9_-]{32,}\b/g, '[redacted]');
  return cleaned.length > 300 ? `${cleaned.slice(0, 297)}...` : cleaned;
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).host : undefined;
}

function errorName(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.name } : {};
}
