// Move up, move down and remove for one row of a nested list, each button named for the row it acts on.

interface EntryControlsProps {
  /** How the row is named to a screen reader, e.g. "act 2" or "beat 1 of act 2". */
  what: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const BUTTON =
  'rounded px-1.5 py-0.5 text-xs text-ink-600 hover:bg-ink-100 disabled:opacity-30 dark:text-ink-300 dark:hover:bg-ink-800';

export function EntryControls({ what, index, count, onMove, onRemove }: EntryControlsProps) {
  return (
    <div className="flex gap-1">
      <button
        type="button"
        data-testid="move-up"
        aria-label={`Move ${what} up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
        className={BUTTON}
      >
        ↑
      </button>
      <button
        type="button"
        data-testid="move-down"
        aria-label={`Move ${what} down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        className={BUTTON}
      >
        ↓
      </button>
      <button
        type="button"
        data-testid="remove-entry"
        aria-label={`Remove ${what}`}
        onClick={onRemove}
        className={`${BUTTON} text-red-700 dark:text-red-300`}
      >
        Remove
      </button>
    </div>
  );
}
