// A message not yet accepted by the server: queued, sending, or refused with the reason and a way to fix it.
import { memo } from 'react';
import { useSocketActions } from '../socket/socket-context.ts';
import type { OutboxEntry as Entry } from '../store/session-view.ts';
import { useStudio } from '../store/studio-context.tsx';
import { describeError } from './error-words.ts';
import { UserMessage } from './user-message.tsx';

export const OutboxEntry = memo(function OutboxEntry({ entry }: { entry: Entry }) {
  const { resend } = useSocketActions();
  const discardDraft = useStudio((s) => s.discardDraft);
  const setDraft = useStudio((s) => s.setDraft);
  const failure = entry.failure;
  return (
    <div className="flex flex-col items-end gap-1.5">
      <UserMessage content={entry.content} createdAt={entry.created_at} delivery={entry.delivery} />
      {failure && (
        <div
          role="alert"
          data-testid="error-message"
          data-code={failure.error_code}
          className="max-w-2xl rounded-xl border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
        >
          <p>{describeError(failure.error_code, failure.message, failure.retry_after_ms)}</p>
          <div className="mt-1.5 flex justify-end gap-2">
            <button type="button" className="underline" onClick={() => resend(entry.client_message_id)}>
              Send again
            </button>
            <button
              type="button"
              className="underline"
              onClick={() => {
                setDraft(entry.content);
                discardDraft(entry.client_message_id);
              }}
            >
              Edit
            </button>
            <button type="button" className="underline" onClick={() => discardDraft(entry.client_message_id)}>
              Discard
            </button>
          </div>
        </div>
      )}
    </div>
  );
});
