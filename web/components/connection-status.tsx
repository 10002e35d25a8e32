// Shows whether the session is live, which reconnect attempt is running, or that it gave up (with Retry).

import { MAX_RECONNECT_ATTEMPTS } from '../socket/reconnect-policy.ts';
import { useSocketActions } from '../socket/socket-context.ts';
import { useStudio } from '../store/studio-context.tsx';

const LOOK = {
  connecting: { dot: 'bg-amber-400 animate-pulse', text: 'Connecting…' },
  connected: { dot: 'bg-emerald-500', text: 'Connected' },
  reconnecting: { dot: 'bg-amber-500 animate-pulse', text: 'Reconnecting' },
  offline: { dot: 'bg-red-500', text: 'Offline' },
};

export function ConnectionStatus() {
  const status = useStudio((s) => s.connection.status);
  const attempt = useStudio((s) => s.connection.attempt);
  const { retry } = useSocketActions();
  const look = LOOK[status];
  return (
    <div className="flex items-center gap-1 text-xs sm:gap-2" role="status" aria-live="polite">
      <span
        data-testid="connection-status"
        data-status={status}
        className="flex shrink-0 items-center gap-1.5 rounded-full border border-ink-200 px-2 py-1 text-ink-600 dark:border-ink-700 dark:text-ink-300"
      >
        <span className={`h-2 w-2 rounded-full ${look.dot}`} aria-hidden="true" />
        {/* One text, so the flex gap never opens a space before the comma. */}
        <span className="sr-only sm:not-sr-only" data-testid="connection-text">
          {status === 'reconnecting'
            ? `${look.text}, attempt ${attempt} of ${MAX_RECONNECT_ATTEMPTS}`
            : look.text}
        </span>
      </span>
      {status === 'offline' && (
        <button
          type="button"
          data-testid="retry-connection"
          onClick={retry}
          aria-label="Retry connecting"
          className="rounded-full bg-quill-600 px-2 py-1 font-medium text-white hover:bg-quill-700 sm:px-2.5"
        >
          Retry
        </button>
      )}
    </div>
  );
}
