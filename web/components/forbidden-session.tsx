// Shown instead of a connection when the session in the address belongs to another browser.
import { describeError } from './error-words.ts';

export function ForbiddenSession({ onNewSession }: { onNewSession: () => void }) {
  return (
    <div
      role="alert"
      data-testid="session-forbidden"
      className="flex flex-wrap items-center justify-center gap-3 border-b border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200"
    >
      <span>{describeError('SESSION_FORBIDDEN', '')}</span>
      <button
        type="button"
        onClick={onNewSession}
        className="rounded-lg bg-red-700 px-3 py-1 font-medium text-white hover:bg-red-800"
      >
        Start a new session
      </button>
    </div>
  );
}
