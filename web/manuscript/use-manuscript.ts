// The session's book as the server has it, fetched again whenever a turn may have changed it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectManuscript } from '../../protocol/projects.ts';
import { useApi } from '../components/api-context.ts';
import { describeFailure } from '../components/error-words.ts';
import { isGenerating } from '../store/session-view.ts';
import { useStudio } from '../store/studio-context.tsx';

/** How often the drawer looks for new prose while a draft is being written. */
const WHILE_DRAFTING_MS = 2_000;

export type BookState =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; manuscript: ProjectManuscript };

export function useManuscript(): { book: BookState; reload: () => void } {
  const api = useApi();
  const sessionId = useStudio((s) => s.session.sessionId);
  const version = useStudio((s) => s.library.version);
  const generating = useStudio((s) => isGenerating(s.session));
  const [book, setBook] = useState<BookState>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  // A new request whenever the session changes, a turn saved something, or the writer asked.
  const request = useMemo(() => ({ sessionId, version, tick }), [sessionId, version, tick]);
  useEffect(() => {
    let live = true;
    (async () => {
      const projectId = request.sessionId ? await api.sessionProject(request.sessionId) : null;
      if (!projectId) return live && setBook({ state: 'none' });
      const manuscript = await api.getManuscript(projectId);
      if (live) setBook({ state: 'ready', manuscript });
    })().catch((error) => live && setBook({ state: 'failed', message: describeFailure(error) }));
    return () => {
      live = false;
    };
  }, [api, request]);

  useEffect(() => {
    if (!generating) return;
    const timer = setInterval(reload, WHILE_DRAFTING_MS);
    return () => clearInterval(timer);
  }, [generating, reload]);

  return { book, reload };
}
