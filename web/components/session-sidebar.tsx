// The writer's sessions, newest first, to find by title, switch between, rename and delete; and a button to start a new one.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SessionListItem } from '../api/api-client.ts';
import { useStudio } from '../store/studio-context.tsx';
import { useApi } from './api-context.ts';
import { describeFailure } from './error-words.ts';
import { SessionRow } from './session-row.tsx';
import { useDialogFocus } from './use-dialog-focus.ts';

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
  const [filter, setFilter] = useState('');
  const panel = useRef<HTMLElement>(null);
  // Only below lg is it an overlay; wider, it is always there and needs no focus moved.
  const overlay = open && window.matchMedia('(max-width: 1023px)').matches;
  useDialogFocus(panel, overlay, '(max-width: 1023px)');

  // The list is asked for again when the search changes, a turn saved something, or the session or
  // connection changed; the search waits for a pause in typing.
  const asked = useMemo(
    () => ({ q: filter.trim() || undefined, version, currentId, connected }),
    [filter, version, currentId, connected],
  );
  useEffect(() => {
    let live = true;
    const fetchPage = () =>
      api.listSessions(50, 0, asked.q).then(
        (page) => {
          if (!live) return;
          setSessions(page.items);
          setProblem(null);
        },
        (error: unknown) => {
          if (live) setProblem(describeFailure(error));
        },
      );
    const timer = setTimeout(fetchPage, asked.q ? 200 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, asked]);

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
        ref={panel}
        tabIndex={-1}
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
        {(sessions.length > 0 || filter) && (
          <div className="px-3 pb-2">
            <input
              type="search"
              aria-label="Find a session by its title or what was said in it"
              data-testid="session-search"
              placeholder="Find a session…"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              className="w-full rounded-lg border border-ink-200 bg-white px-2.5 py-1 text-sm dark:border-ink-700 dark:bg-ink-900"
            />
          </div>
        )}
        {problem && <p className="px-4 text-xs text-red-600">{problem}</p>}
        <ul data-testid="session-list" className="flex-1 overflow-y-auto px-2 pb-3">
          {sessions.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              current={session.id === currentId}
              onOpen={() => choose(session.id)}
              onRenamed={(title) =>
                setSessions((all) => all.map((s) => (s.id === session.id ? { ...s, title } : s)))
              }
              onDeleted={() => {
                setSessions((all) => all.filter((s) => s.id !== session.id));
                if (session.id === currentId) onNewSession();
              }}
            />
          ))}
          {sessions.length === 0 && !problem && (
            <li className="px-3 py-2 text-xs text-ink-400">
              {filter.trim() ? 'No session has that in its title or conversation.' : 'No sessions yet.'}
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
