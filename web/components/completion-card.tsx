// The end of a turn: how it went, and links that open what it made in the library.
import { memo } from 'react';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import type { CompletionResults, TurnStatus } from '../../protocol/messages.ts';
import { useStudio } from '../store/studio-context.tsx';
import { agentStyle } from './agent-style.ts';
import { TurnRecovery } from './turn-recovery.tsx';

interface CompletionCardProps {
  turnId: string;
  message: string;
  results: CompletionResults;
  status: TurnStatus;
  reason: { code: string; message: string } | null;
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
  turnId,
  message,
  results,
  status,
  reason,
}: CompletionCardProps) {
  const openArtifact = useStudio((s) => s.openArtifact);
  const style = STATUS_STYLE[status];
  const linkTo = (kind: ArtifactKind, id: string, label: string) => ({
    key: `${kind}-${id}`,
    label,
    open: () => openArtifact({ kind, id }),
  });
  const { plot_id, world_id, character_ids = [], character_names = [], author_id } = results;
  const links = [
    ...(plot_id ? [linkTo('plots', plot_id, `Plot: ${results.title ?? 'Untitled'}`)] : []),
    ...(world_id ? [linkTo('worlds', world_id, `World: ${results.world_name ?? 'Untitled'}`)] : []),
    ...character_ids.map((id, index) =>
      linkTo('characters', id, `Character: ${character_names[index] ?? `#${index + 1}`}`),
    ),
    ...(author_id ? [linkTo('authors', author_id, `Author: ${results.author_name ?? 'Unnamed'}`)] : []),
  ];
  return (
    <div
      data-testid="completion"
      data-status={status}
      className={`max-w-2xl rounded-xl border px-4 py-3 text-sm ${style.tone}`}
    >
      <p className="font-medium text-ink-800 dark:text-ink-100">
        <span aria-hidden="true">{style.icon} </span>
        {status === 'interrupted' ? 'Interrupted' : message}
      </p>
      {(status === 'failed' || status === 'interrupted') && (
        <TurnRecovery turnId={turnId} status={status} message={message} results={results} reason={reason} />
      )}
      {results.agents_used.length > 0 && (
        <p className="mt-1 text-xs text-ink-500 dark:text-ink-400">
          Agents: {results.agents_used.map((agent) => agentStyle(agent).label).join(' → ')}
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
