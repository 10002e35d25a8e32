// One session in the sidebar: open it, rename it in place, or delete it after a confirmation.
import { useState } from 'react';
import type { SessionListItem } from '../api/api-client.ts';
import { useApi } from './api-context.ts';
import { describeFailure } from './error-words.ts';

interface SessionRowProps {
  session: SessionListItem;
  current: boolean;
  onOpen: () => void;
  onRenamed: (title: string) => void;
  onDeleted: () => void;
}

const ACTION =
  'rounded px-1.5 py-0.5 text-xs text-ink-500 hover:bg-ink-100 hover:text-ink-800 focus-visible:outline-2 focus-visible:outline-quill-500 dark:hover:bg-ink-800 dark:hover:text-ink-100';

export function SessionRow({ session, current, onOpen, onRenamed, onDeleted }: SessionRowProps) {
  const api = useApi();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(session.title ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const title = session.title || 'Untitled session';

  const rename = async () => {
    try {
      const renamed = await api.renameSession(session.id, draft);
      onRenamed(renamed.title ?? draft);
      setMode('view');
      setProblem(null);
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };
  const remove = async () => {
    try {
      await api.deleteSession(session.id);
      onDeleted();
    } catch (error) {
      setProblem(describeFailure(error));
      setMode('view');
    }
  };

  return (
    <li data-testid="session-row" data-session-id={session.id} className="group/row">
      {mode === 'rename' ? (
        <form
          className="flex gap-1 px-1 py-1"
          onSubmit={(event) => {
            event.preventDefault();
            void rename();
          }}
        >
          <input
            aria-label="Session title"
            data-testid="session-title-input"
            value={draft}
            maxLength={200}
            // biome-ignore lint/a11y/noAutofocus: the writer just asked to rename this session
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setMode('view')}
            className="min-w-0 flex-1 rounded border border-ink-300 bg-white px-2 py-1 text-sm dark:border-ink-700 dark:bg-ink-900"
          />
          <button type="submit" className={ACTION}>
            Save
          </button>
        </form>
      ) : (
        <button
          type="button"
          data-testid="session-item"
          data-session-id={session.id}
          aria-current={current ? 'page' : undefined}
          onClick={onOpen}
          className={`w-full rounded-lg px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-quill-500 ${
            current
              ? 'bg-white font-medium text-ink-900 shadow-sm dark:bg-ink-800 dark:text-ink-50'
              : 'text-ink-600 hover:bg-white/70 dark:text-ink-300 dark:hover:bg-ink-900'
          }`}
        >
          <span className="block truncate">{title}</span>
          <span className="block text-xs text-ink-400">
            {new Date(session.updated_at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}
            {session.message_count !== undefined &&
              ` · ${session.message_count} ${session.message_count === 1 ? 'message' : 'messages'}`}
          </span>
        </button>
      )}
      {mode === 'confirm-delete' ? (
        <div role="alertdialog" aria-label={`Delete ${title}?`} className="px-3 pb-2 text-xs">
          <p className="text-ink-600 dark:text-ink-300">
            Delete this session? Its plots, worlds and characters stay in your library.
          </p>
          <div className="mt-1 flex gap-1">
            <button
              type="button"
              data-testid="confirm-delete-session"
              onClick={() => void remove()}
              className={`${ACTION} text-red-700 dark:text-red-400`}
            >
              Delete
            </button>
            <button type="button" onClick={() => setMode('view')} className={ACTION}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        mode === 'view' && (
          <div className="flex gap-1 px-2 pb-1 sm:opacity-0 sm:group-hover/row:opacity-100 sm:focus-within:opacity-100">
            <button
              type="button"
              data-testid="rename-session"
              aria-label={`Rename ${title}`}
              onClick={() => {
                setDraft(session.title ?? '');
                setMode('rename');
              }}
              className={ACTION}
            >
              Rename
            </button>
            <button
              type="button"
              data-testid="delete-session"
              aria-label={`Delete ${title}`}
              onClick={() => setMode('confirm-delete')}
              className={ACTION}
            >
              Delete
            </button>
          </div>
        )
      )}
      {problem && <p className="px-3 text-xs text-red-600">{problem}</p>}
    </li>
  );
}
