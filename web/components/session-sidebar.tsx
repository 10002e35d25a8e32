// The writer's sessions, newest first, to switch between; and a button to start a new one.
import { useEffect, useState } from 'react';
import type { SessionListItem } from '../api/api-client.ts';
import { useStudio } from '../store/studio-context.tsx';
import { useApi } from './api-context.ts';
import { describeFailure } from './error-words.ts';

interface SessionSidebarProps {
  onOpenSession: (sessionId: string) => void;
  onNewSession: () => void;
}

export function SessionSidebar({ onOpenSession, onNewSession }: SessionSidebarProps) {
  const api = useApi();
  const currentId = useStudio((s) => s.session.sessionId);
  const version = useStudio((s) => s.library.version);
  const connected = useStudio((s) => s.connection.status === 'connected');
  const open = useStudio((s) => s.sessionsOpen);
  const setOpen = useStudio((s) => s.setSessionsOpen);
  const [sessions, setSessions] = useState<SessionListItem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version, currentId and connected are refetch triggers
  useEffect(() => {
    let live = true;
    api.listSessions(50, 0).then(
      (page) => {
        if (!live) return;
        setSessions(page.items);
        setProblem(null);
      },
      (error: unknown) => {
        if (live) setProblem(describeFailure(error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, version, currentId, connected]);

  const choose = (id: string) => {
    setOpen(false);
    if (id !== currentId) onOpenSession(id);
  };

  return (
    <>
      {open && (
        <button
          type="button"
          aria-label="Close sessions"
          className="fixed inset-0 z-20 bg-black/30 lg:hidden"
          onClick={() => setOpen(false)}
        />
      )}
      <nav
        aria-label="Sessions"
        className={`fixed inset-y-0 left-0 z-30 flex w-72 flex-col border-r border-ink-200 bg-ink-50 transition-transform lg:static lg:z-auto lg:w-64 lg:translate-x-0 dark:border-ink-800 dark:bg-ink-950 ${
          open ? 'translate-x-0' : '-translate-x-full'
        }`}
      >
        <div className="p-3">
          <button
            type="button"
            data-testid="new-session"
            onClick={() => {
              setOpen(false);
              onNewSession();
            }}
            className="w-full rounded-xl bg-quill-600 px-3 py-2 text-sm font-medium text-white hover:bg-quill-700 focus-visible:outline-2 focus-visible:outline-quill-500"
          >
            + New session
          </button>
        </div>
        <h2 className="px-4 pb-1 text-xs font-semibold uppercase tracking-wider text-ink-400">Sessions</h2>
        {problem && <p className="px-4 text-xs text-red-600">{problem}</p>}
        <ul data-testid="session-list" className="flex-1 overflow-y-auto px-2 pb-3">
          {sessions.map((session) => (
            <li key={session.id}>
              <button
                type="button"
                data-testid="session-item"
                data-session-id={session.id}
                aria-current={session.id === currentId ? 'page' : undefined}
                onClick={() => choose(session.id)}
                className={`w-full rounded-lg px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-quill-500 ${
                  session.id === currentId
                    ? 'bg-white font-medium text-ink-900 shadow-sm dark:bg-ink-800 dark:text-ink-50'
                    : 'text-ink-600 hover:bg-white/70 dark:text-ink-300 dark:hover:bg-ink-900'
                }`}
              >
                <span className="block truncate">{session.title || 'Untitled session'}</span>
                <span className="block text-xs text-ink-400">
                  {new Date(session.updated_at).toLocaleString([], {
                    dateStyle: 'short',
                    timeStyle: 'short',
                  })}
                  {session.message_count !== undefined && ` · ${session.message_count} messages`}
                </span>
              </button>
            </li>
          ))}
          {sessions.length === 0 && !problem && (
            <li className="px-3 py-2 text-xs text-ink-400">No sessions yet.</li>
          )}
        </ul>
      </nav>
    </>
  );
}
