// The end of a turn: how it went, and links that open what it made in the library.
import { memo } from 'react';
import type { CompletionResults, TurnStatus } from '../../protocol/messages.ts';
import { useStudioStore } from '../store/studio-store.ts';

interface CompletionCardProps {
  message: string;
  results: CompletionResults;
  status: TurnStatus;
}

const STATUS_STYLE: Record<TurnStatus, { icon: string; tone: string }> = {
  completed: {
    icon: '✓',
    tone: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
  },
  stopped: { icon: '■', tone: 'border-ink-300 bg-ink-50 dark:border-ink-700 dark:bg-ink-900' },
  interrupted: { icon: '!', tone: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40' },
  failed: { icon: '✕', tone: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40' },
};

export const CompletionCard = memo(function CompletionCard({
  message,
  results,
  status,
}: CompletionCardProps) {
  const openArtifact = useStudioStore((s) => s.openArtifact);
  const style = STATUS_STYLE[status];
  const links: { key: string; label: string; open: () => void }[] = [];
  if (results.plot_id) {
    const id = results.plot_id;
    links.push({
      key: `plot-${id}`,
      label: `Plot: ${results.title ?? 'Untitled'}`,
      open: () => openArtifact({ kind: 'plots', id }),
    });
  }
  if (results.world_id) {
    const id = results.world_id;
    links.push({
      key: `world-${id}`,
      label: `World: ${results.world_name ?? 'Untitled'}`,
      open: () => openArtifact({ kind: 'worlds', id }),
    });
  }
  for (const [index, id] of (results.character_ids ?? []).entries()) {
    links.push({
      key: `character-${id}`,
      label: `Character ${index + 1}`,
      open: () => openArtifact({ kind: 'characters', id }),
    });
  }
  if (results.author_id) {
    const id = results.author_id;
    links.push({
      key: `author-${id}`,
      label: `Author: ${results.author_name ?? 'Unnamed'}`,
      open: () => openArtifact({ kind: 'authors', id }),
    });
  }
  return (
    <div
      data-testid="completion"
      data-status={status}
      className={`max-w-2xl rounded-xl border px-4 py-3 text-sm ${style.tone}`}
    >
      <p className="font-medium text-ink-800 dark:text-ink-100">
        <span aria-hidden="true">{style.icon} </span>
        {message}
      </p>
      {results.agents_used.length > 0 && (
        <p className="mt-1 text-xs text-ink-500 dark:text-ink-400">
          Agents: {results.agents_used.join(' → ')}
        </p>
      )}
      {links.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {links.map((link) => (
            <li key={link.key}>
              <button
                type="button"
                data-testid="completion-link"
                onClick={link.open}
                className="rounded-lg border border-quill-300 bg-white px-2.5 py-1 text-quill-700 hover:bg-quill-50 focus-visible:outline-2 focus-visible:outline-quill-500 dark:border-quill-700 dark:bg-ink-900 dark:text-quill-300 dark:hover:bg-ink-800"
              >
                {link.label} ↗
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
