// The studio screen: sessions, header, transcript, composer and library, wired to one session socket.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from './api/api-client.ts';
import { ApiContext } from './components/api-context.ts';
import { Composer } from './components/composer.tsx';
import { ForbiddenSession } from './components/forbidden-session.tsx';
import { Header } from './components/header.tsx';
import { SessionSidebar } from './components/session-sidebar.tsx';
import { Transcript } from './components/transcript.tsx';
import { LazyLibraryPanel } from './library/lazy-library-panel.tsx';
import { LazyBookPanel } from './manuscript/lazy-book-panel.tsx';
import { loadOutbox, saveOutbox } from './session/outbox-storage.ts';
import {
  createClientMessageId,
  createSessionId,
  rememberSessionId,
  sessionIdFromUrl,
  urlForSession,
} from './session/session-id.ts';
import { SocketContext } from './socket/socket-context.ts';
import { useSessionSocket } from './socket/use-session-socket.ts';
import { StudioStoreProvider } from './store/studio-context.tsx';
import type { StudioStore } from './store/studio-store.ts';

export interface AppProps {
  initialSessionId: string;
  store: StudioStore;
  api: ApiClient;
  storage: Storage;
  randomBytes: (length: number) => Uint8Array;
}

/** `?flush_ms=0` applies chunks every paint instead of every 50 ms; the browser benchmark compares the two. */
function flushIntervalFromUrl(): number | undefined {
  const value = Number(new URL(window.location.href).searchParams.get('flush_ms') ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 && value <= 1000 ? value : undefined;
}

function socketUrlFor(sessionId: string): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/ws/${encodeURIComponent(sessionId)}`;
}

export function App({ initialSessionId, store, api, storage, randomBytes }: AppProps) {
  const [sessionId, setSessionId] = useState(initialSessionId);
  // The server refuses another browser's session; asking first avoids ten doomed reconnects.
  const [forbidden, setForbidden] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setForbidden(null);
    api.checkSession(sessionId).catch((error: { code?: string }) => {
      if (live && error.code === 'SESSION_FORBIDDEN') {
        setForbidden(sessionId);
        store.getState().setConnection('offline', 0);
      }
    });
    return () => {
      live = false;
    };
  }, [api, store, sessionId]);

  const enterSession = useCallback(
    (id: string, how: 'push' | 'replace' | 'none') => {
      store.getState().openSession(id, loadOutbox(storage, id));
      rememberSessionId(storage, id);
      const url = urlForSession(new URL(window.location.href), id);
      if (how === 'push') window.history.pushState(null, '', url);
      if (how === 'replace') window.history.replaceState(null, '', url);
      setSessionId(id);
    },
    [store, storage],
  );

  useEffect(() => {
    const onPopState = () => {
      const id = sessionIdFromUrl(new URL(window.location.href));
      if (id && id !== store.getState().session.sessionId) enterSession(id, 'none');
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [enterSession, store]);

  // The outbox is written through to storage, so queued messages survive a reload.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const id = state.session.sessionId;
        if (id && state.session.outbox !== previous.session.outbox)
          saveOutbox(storage, id, state.session.outbox);
      }),
    [store, storage],
  );

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.theme === previous.theme) return;
        document.documentElement.classList.toggle('dark', state.theme === 'dark');
        storage.setItem('bookswriter.theme', state.theme);
      }),
    [store, storage],
  );

  useEffect(() => {
    api.listModels().then(
      (list) => store.getState().setModels(list.models, list.default),
      () => store.getState().setModels([], null),
    );
  }, [api, store]);

  const socket = useSessionSocket({
    sessionId,
    active: forbidden !== sessionId,
    store,
    socketUrl: socketUrlFor(sessionId),
    newClientMessageId: () => createClientMessageId(randomBytes),
    now: () => new Date(),
    onLogProblem: (reason) => console.warn(reason),
    flushIntervalMs: flushIntervalFromUrl(),
  });

  return (
    <StudioStoreProvider store={store}>
      <ApiContext.Provider value={api}>
        <SocketContext.Provider value={socket}>
          <div className="flex h-dvh overflow-hidden bg-ink-50 text-ink-900 dark:bg-ink-950 dark:text-ink-50">
            <SessionSidebar
              onOpenSession={(id) => enterSession(id, 'push')}
              onNewSession={() => enterSession(createSessionId(randomBytes), 'push')}
            />
            <main className="flex min-w-0 flex-1 flex-col">
              <Header />
              {forbidden === sessionId && (
                <ForbiddenSession onNewSession={() => enterSession(createSessionId(randomBytes), 'push')} />
              )}
              <Transcript />
              <Composer />
            </main>
            <LazyLibraryPanel />
            <LazyBookPanel />
          </div>
        </SocketContext.Provider>
      </ApiContext.Provider>
    </StudioStoreProvider>
  );
}
