// Tests that every stable error code has plain words, and unknown codes fall back to the server's message.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { ApiError } from '../api/api-client.ts';
import { describeError, describeFailure } from './error-words.ts';

describe('describeError', () => {
  it('words every known code without echoing the code itself', () => {
    for (const code of Object.values(ErrorCode)) {
      const text = describeError(code, 'server says', null);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain(code);
    }
  });

  it('says when to retry after a rate limit', () => {
    expect(describeError('RATE_LIMITED', '', 4200)).toContain('5 seconds');
    expect(describeError('RESTORE_LIMITED', '', 2000)).toContain('2 seconds');
  });

  it('falls back to the server message for codes it does not know', () => {
    expect(describeError('SOMETHING_NEW', 'A new kind of problem')).toBe('A new kind of problem');
  });
});

describe('describeFailure', () => {
  it("names the id a server fault was logged under, so a writer's report can be matched to the log", () => {
    const fault = new ApiError('INTERNAL_ERROR', 'Something went wrong on the server', 500, {}, 'req-42');
    expect(describeFailure(fault)).toBe('Something went wrong on the server. Try again. (Reference: req-42)');
    expect(describeFailure(new ApiError('NOT_FOUND', 'gone', 404))).toBe('That item no longer exists.');
    expect(describeFailure(new Error('boom'))).toBe('boom');
  });
});
