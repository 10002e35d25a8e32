// When a failed model call is tried again, and after how long: as the provider asked, or with backoff.
import { APICallError } from '@ai-sdk/provider';
import { isNetworkFailure } from '../llm/error-shapes.ts';
import { describeProviderError } from '../llm/errors.ts';

/** Waits `ms`, or rejects when `signal` aborts first; tests pass one that records and returns at once. */
export type RetryWait = (ms: number, signal: AbortSignal) => Promise<void>;

const BASE_DELAY_MS = 1_000;
/**
 * A provider asking for a longer wait than this (a spent daily quota) fails the turn at once with the
 * wait in its details: holding the writer longer, silently, is worse than telling them.
 */
export const MAX_RETRY_DELAY_MS = 15_000;

/**
 * The delay before the next attempt, or undefined when the failure is not worth retrying. Only ever
 * asked about failures before anything reached the writer.
 */
export function retryDelayMs(error: unknown, attempt: number): number | undefined {
  const retryable =
    (APICallError.isInstance(error) && error.isRetryable) || isNetworkFailure(error) || isOverloaded(error);
  if (!retryable) return undefined;
  // Gemini puts the wait in the body (RetryInfo), the others in Retry-After headers; both land here.
  const asked = describeProviderError(error).details.retryAfterSeconds;
  const delay =
    typeof asked === 'number'
      ? asked * 1_000
      : BASE_DELAY_MS * 2 ** attempt + Math.floor(Math.random() * 250);
  return delay <= MAX_RETRY_DELAY_MS ? delay : undefined;
}

/** An error event inside a stream (Anthropic's `overloaded_error`, Gemini's UNAVAILABLE). */
function isOverloaded(error: unknown): boolean {
  const providerCode = describeProviderError(error).details.providerCode;
  return (
    providerCode === 'overloaded_error' ||
    providerCode === 'UNAVAILABLE' ||
    providerCode === 'RESOURCE_EXHAUSTED'
  );
}

export const waitFor: RetryWait = (ms, signal) =>
  new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
