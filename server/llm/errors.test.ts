// How provider failures that the end-to-end tests cannot easily provoke are described.
import { APICallError, JSONParseError, LoadAPIKeyError, TypeValidationError } from '@ai-sdk/provider';
import { InvalidToolInputError, NoObjectGeneratedError, NoOutputGeneratedError, RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { describeProviderError, redact } from './errors.ts';

const apiError = (fields: Partial<ConstructorParameters<typeof APICallError>[0]>) =>
  new APICallError({
    message: 'failed',
    url: 'https://api.example.com/v1/x',
    requestBodyValues: {},
    ...fields,
  });

describe('describeProviderError', () => {
  it("reads Gemini's 400 API_KEY_INVALID as a rejected key", () => {
    const data = {
      error: {
        code: 400,
        message: 'API key not valid. Please pass a valid API key.',
        status: 'INVALID_ARGUMENT',
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }],
      },
    };
    const failure = describeProviderError(apiError({ statusCode: 400, data }), { provider: 'google' });
    expect(failure).toEqual({
      code: ErrorCode.PROVIDER_AUTH,
      message: 'The model provider rejected the API key',
      details: { provider: 'google', status: 400, providerCode: 'INVALID_ARGUMENT' },
    });
  });

  it("takes the wait from Gemini's RetryInfo when no retry-after header came", () => {
    const data = {
      error: {
        code: 429,
        message: 'Resource has been exhausted',
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '41s' }],
      },
    };
    const failure = describeProviderError(apiError({ statusCode: 429, data }));
    expect(failure.code).toBe(ErrorCode.PROVIDER_RATE_LIMITED);
    expect(failure.details).toMatchObject({ retryAfterSeconds: 41, providerCode: 'RESOURCE_EXHAUSTED' });
  });

  it('prefers retry-after-ms over retry-after', () => {
    const error = apiError({
      statusCode: 429,
      responseHeaders: { 'retry-after-ms': '1500', 'retry-after': '9' },
    });
    expect(describeProviderError(error).details).toMatchObject({ retryAfterSeconds: 2 });
  });

  it('describes the last attempt when retries ran out', () => {
    const last = apiError({ statusCode: 429, isRetryable: true });
    const error = new RetryError({
      message: 'Failed after 3 attempts',
      reason: 'maxRetriesExceeded',
      errors: [last, last, last],
    });
    expect(describeProviderError(error)).toMatchObject({
      code: ErrorCode.PROVIDER_RATE_LIMITED,
      message: expect.stringContaining('(tried 3 times)'),
      details: { status: 429, attempts: 3 },
    });
  });

  it('describes the cause of a stream that produced nothing', () => {
    const error = new NoOutputGeneratedError({ cause: apiError({ statusCode: 403 }) });
    expect(describeProviderError(error).code).toBe(ErrorCode.PROVIDER_AUTH);
    expect(describeProviderError(new NoOutputGeneratedError()).code).toBe(ErrorCode.PROVIDER_BAD_OUTPUT);
  });

  it('reads error events that arrive inside a stream', () => {
    expect(describeProviderError({ type: 'rate_limit_error', message: 'Slow down' }).code).toBe(
      ErrorCode.PROVIDER_RATE_LIMITED,
    );
    expect(describeProviderError({ code: 401, message: 'No', status: 'UNAUTHENTICATED' }).code).toBe(
      ErrorCode.PROVIDER_AUTH,
    );
    expect(describeProviderError({ type: 'overloaded_error', message: 'Overloaded' })).toEqual({
      code: ErrorCode.PROVIDER_ERROR,
      message: 'The model provider failed to answer',
      details: { providerCode: 'overloaded_error', providerMessage: 'Overloaded' },
    });
  });

  it('reads an Anthropic first-event failure from its serialised body', () => {
    const rateLimited = apiError({
      statusCode: 500,
      responseBody: '{"type":"rate_limit_error","message":"Slow"}',
    });
    expect(describeProviderError(rateLimited).code).toBe(ErrorCode.PROVIDER_RATE_LIMITED);
    const unparsable = apiError({ statusCode: 500, responseBody: '{"name":"AI_JSONParseError","text":"{"}' });
    expect(describeProviderError(unparsable).code).toBe(ErrorCode.PROVIDER_BAD_OUTPUT);
  });

  it.each([
    [
      'an invalid tool input',
      new InvalidToolInputError({ toolInput: '{', toolName: 'save_plot', cause: null }),
    ],
    ['a JSON parse error', new JSONParseError({ text: '{', cause: new SyntaxError('Unexpected end') })],
    ['a type validation error', new TypeValidationError({ value: {}, cause: new Error('title: required') })],
    [
      'no object generated',
      new NoObjectGeneratedError({
        response: { id: 'r', timestamp: new Date(0), modelId: 'm' },
        usage: {
          inputTokens: 1,
          outputTokens: 1,
          totalTokens: 2,
          inputTokenDetails: { noCacheTokens: 1, cacheReadTokens: 0, cacheWriteTokens: 0 },
          outputTokenDetails: { textTokens: 1, reasoningTokens: 0 },
        },
        finishReason: 'stop',
      }),
    ],
  ])('calls %s bad output', (_name, error) => {
    expect(describeProviderError(error).code).toBe(ErrorCode.PROVIDER_BAD_OUTPUT);
  });

  it('calls a bare fetch failure from a refused socket unreachable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const error = new TypeError('fetch failed', { cause: refused });
    expect(describeProviderError(error, { provider: 'local' })).toEqual({
      code: ErrorCode.PROVIDER_UNREACHABLE,
      message: 'The model provider could not be reached',
      details: { provider: 'local', error: 'TypeError' },
    });
  });

  it('says so when no key is configured', () => {
    const failure = describeProviderError(new LoadAPIKeyError({ message: 'OpenAI API key is missing.' }));
    expect(failure.code).toBe(ErrorCode.PROVIDER_AUTH);
  });

  it('keeps other HTTP failures generic, with the status and a redacted provider message', () => {
    const message = 'Model overloaded for key sk-proj-abcdefghijklmnop1234, try later';
    const failure = describeProviderError(apiError({ statusCode: 503, message }));
    expect(failure.code).toBe(ErrorCode.PROVIDER_ERROR);
    expect(failure.message).toBe('The model provider failed to answer (HTTP 503)');
    expect(failure.details).toEqual({
      status: 503,
      providerMessage: 'Model overloaded for key [redacted], try later',
    });
  });

  it('falls back to PROVIDER_ERROR for anything else', () => {
    expect(describeProviderError(new Error('boom'))).toEqual({
      code: ErrorCode.PROVIDER_ERROR,
      message: 'The model provider failed to answer',
      details: { error: 'Error' },
    });
    expect(describeProviderError('weird').code).toBe(ErrorCode.PROVIDER_ERROR);
  });
});

describe('redact', () => {
  it('removes key-shaped tokens and long opaque strings and shortens long text', () => {
    expect(redact('key AIzaSyA1234567890abcdefghijklmnop is bad')).toBe('key [redacted] is bad');
    expect(redact(`token ${'x'.repeat(40)}`)).toBe('token [redacted]');
    expect(redact('a'.repeat(10).concat(' ').repeat(50))?.length).toBe(300);
  });
});
