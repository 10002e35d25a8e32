// An error from the server, in plain words, where it happened in the transcript.
import { memo } from 'react';
import { describeError } from './error-words.ts';

interface ErrorNoticeProps {
  errorCode: string;
  message: string;
  retryAfterMs: number | null;
}

export const ErrorNotice = memo(function ErrorNotice({ errorCode, message, retryAfterMs }: ErrorNoticeProps) {
  return (
    <div
      role="alert"
      data-testid="error-message"
      data-code={errorCode}
      className="max-w-2xl rounded-xl border border-red-300 bg-red-50 px-4 py-2.5 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
    >
      {describeError(errorCode, message, retryAfterMs)}
    </div>
  );
});
