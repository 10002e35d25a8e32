// A message the writer sent, right-aligned, with its delivery state while the server has not accepted it.
import { memo } from 'react';
import { timeOf } from './agent-style.ts';

interface UserMessageProps {
  content: string;
  createdAt: string;
  /** Shown under the text for messages still in the outbox. */
  delivery?: 'queued' | 'sending' | 'failed';
  /** Accepted, and waiting for the reply in progress to finish. */
  waiting?: boolean;
}

const DELIVERY_LABEL = { queued: 'Queued — sends when reconnected', sending: 'Sending…', failed: 'Not sent' };

export const UserMessage = memo(function UserMessage({
  content,
  createdAt,
  delivery,
  waiting = false,
}: UserMessageProps) {
  return (
    <article
      data-testid="user-message"
      data-delivery={delivery ?? 'sent'}
      data-waiting={waiting}
      className={`ml-auto max-w-2xl rounded-2xl rounded-tr-sm px-4 py-2.5 shadow-sm ${
        delivery
          ? 'border border-dashed border-quill-400 bg-quill-50 text-ink-800 dark:bg-quill-700/20 dark:text-ink-100'
          : 'bg-quill-600 text-white'
      }`}
    >
      <p className="whitespace-pre-wrap break-words text-[15px] leading-relaxed">{content}</p>
      <p
        className={`mt-1 text-right text-xs ${delivery ? 'text-quill-700 dark:text-quill-300' : 'text-quill-100'}`}
      >
        {delivery ? (
          <span data-testid="delivery-state">{DELIVERY_LABEL[delivery]}</span>
        ) : waiting ? (
          <span data-testid="waiting-state">Queued — starts when the reply in progress finishes</span>
        ) : (
          timeOf(createdAt)
        )}
      </p>
    </article>
  );
});
