// Starts the web app: picks the session, prepares the store, and renders the studio.
// First: zod must be told not to compile parsers with new Function before any schema is built.
import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client.ts';
import { App } from './app.tsx';
import { loadOutbox } from './session/outbox-storage.ts';
import { chooseSessionId, rememberSessionId, urlForSession } from './session/session-id.ts';
import { createStudioStore } from './store/studio-store.ts';
import './styles.css';

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
const storage = window.localStorage;
const sessionId = chooseSessionId({ url: new URL(window.location.href), storage, randomBytes });
rememberSessionId(storage, sessionId);
window.history.replaceState(null, '', urlForSession(new URL(window.location.href), sessionId));

const store = createStudioStore();
store.getState().openSession(sessionId, loadOutbox(storage, sessionId));
store.getState().setTheme(document.documentElement.classList.contains('dark') ? 'dark' : 'light');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App
      initialSessionId={sessionId}
      store={store}
      api={createApiClient(window.fetch.bind(window))}
      storage={storage}
      randomBytes={randomBytes}
    />
  </StrictMode>,
);
