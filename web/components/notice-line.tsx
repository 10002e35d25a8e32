// A quiet system line in the transcript, such as a model change.
import { memo } from 'react';

export const NoticeLine = memo(function NoticeLine({ text }: { text: string }) {
  return (
    <p data-testid="system-message" className="text-center text-xs text-ink-400 dark:text-ink-500">
      {text}
    </p>
  );
});
