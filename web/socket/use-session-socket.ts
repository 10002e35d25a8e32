// The session's WebSocket: connects with backoff, feeds validated frames to the store, sends the outbox.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
// Named imports from the library's modules: its CommonJS default export does not survive Vite's interop.
import { ReadyState } from 'react-use-websocket/dist/lib/constants';
import type { WebSocketLike } from 'react-use-websocket/dist/lib/types';
import { useWebSocket } from 'react-use-websocket/dist/lib/use-websocket';
import type { SingleClientMessage } from '../../protocol/messages.ts';
import { entriesToSend } from '../store/outbox.ts';
import type { OutboxEntry } from '../store/session-view.ts';
import type { StudioStore } from '../store/studio-store.ts';
import {
  cancelFrame,
  modelSwitchFrame,
  pingFrame,
  repeatTurnFrame,
  restoreFrame,
  userMessageFrame,
} from './client-frames.ts';
import { decodeServerFrame } from './decode-frame.ts';
import { createFrameBuffer, FLUSH_INTERVAL_MS, pacedPaint } from './frame-buffer.ts';
import {
  HEARTBEAT_INTERVAL_MS,
  MAX_RECONNECT_ATTEMPTS,
  reconnectDelayMs,
  restoreRetryDelayMs,
  SILENCE_LIMIT_MS,
} from './reconnect-policy.ts';
import { useReconnectTriggers } from './use-reconnect-triggers.ts';

export interface SessionSocket {
  /** Queues the text and sends it now if the session is live, else on reconnect. */
  sendDraft: (content: string) => void;
  /** Sends a refused or queued draft again. */
  resend: (clientMessageId: string) => void;
  /** Asks the server to stop the reply; false when not connected, so nothing was sent. */
  cancel: () => boolean;
  switchModel: (model: string) => void;
  /** Starts a fresh round of reconnect attempts after they ran out. */
  retry: () => void;
  /** Runs a finished turn again or resumes its workflow; false when the session is not connected. */
  repeatTurn: (action: 'retry' | 'resume', turnId: string) => boolean;
}

export interface SessionSocketDeps {
  sessionId: string;
  /** False keeps the socket closed, e.g. for a session this browser may not open. */
  active: boolean;
  store: StudioStore;
  /** ws(s)://host/ws/{id} for the page's own origin. */
  socketUrl: string;
  newClientMessageId: () => string;
  now: () => Date;
  onLogProblem?: (reason: string) => void;
  /** How often chunks reach the store; 0 means every paint. */
  flushIntervalMs?: number;
  /** The wait before reconnect attempt `attempt` (from 0); the protocol's backoff unless a test shortens it. */
  reconnectDelayMs?: (attempt: number) => number;
}

export function useSessionSocket(deps: SessionSocketDeps): SessionSocket {
  const { sessionId, active, store, socketUrl, newClientMessageId, now, onLogProblem } = deps;
  const flushIntervalMs = deps.flushIntervalMs ?? FLUSH_INTERVAL_MS;
  const reconnectDelay = deps.reconnectDelayMs ?? reconnectDelayMs;
  const [enabled, setEnabled] = useState(true);
  const closes = useRef(0);
  const lastFrameAt = useRef(Date.now());
  // Drafts go out only after session_state, so the server's transcript tells which ones it already has.
  const restored = useRef(false);
  const sendRef = useRef<(frame: SingleClientMessage) => void>(() => {});
  const currentSocket = useRef<() => WebSocketLike | null>(() => null);
  const isCurrent = (event: Event) => event.target === currentSocket.current();

  const send = useCallback((frame: SingleClientMessage) => sendRef.current(frame), []);

  const sendOutbox = useCallback(() => {
    const entries = entriesToSend(store.getState().session);
    for (const entry of entries) send(userMessageFrame(entry, now()));
    if (entries.length > 0) store.getState().markSending(entries.map((e) => e.client_message_id));
  }, [store, send, now]);

  const buffer = useMemo(
    () =>
      createFrameBuffer({
        apply: (messages) => {
          // Frames of a session the page has already left must not land in the new one.
          if (store.getState().session.sessionId !== sessionId) return;
          store.getState().receive(messages);
          if (messages.some((m) => m.type === 'completion' || m.type === 'user_message')) {
            store.getState().libraryChanged();
          }
        },
        schedule: pacedPaint(flushIntervalMs),
      }),
    [store, sessionId, flushIntervalMs],
  );
  useEffect(() => () => buffer.dispose(), [buffer]);

  const { sendMessage, readyState, getWebSocket } = useWebSocket(
    socketUrl,
    {
      // Only the current socket reconnects; a socket closed because the page left the session stays closed.
      shouldReconnect: (event) => isCurrent(event),
      reconnectAttempts: MAX_RECONNECT_ATTEMPTS,
      reconnectInterval: reconnectDelay,
      retryOnError: false,
      // Frames go to the store only; letting the hook keep lastMessage would re-render the app per frame.
      filter: () => false,
      onOpen: () => {
        closes.current = 0;
        restored.current = false;
        lastFrameAt.current = Date.now();
        store.getState().setConnection('connected', 0);
        send(restoreFrame(store.getState().session.lastSeen, now()));
      },
      onClose: (event) => {
        if (!isCurrent(event)) return;
        restored.current = false;
        closes.current += 1;
        const gaveUp = closes.current > MAX_RECONNECT_ATTEMPTS;
        store
          .getState()
          .setConnection(
            gaveUp ? 'offline' : 'reconnecting',
            Math.min(closes.current, MAX_RECONNECT_ATTEMPTS),
          );
      },
      onReconnectStop: () => store.getState().setConnection('offline', MAX_RECONNECT_ATTEMPTS),
      onMessage: (event) => {
        // A replaced socket may still deliver what was in flight; its session_state would send the outbox early.
        if (!isCurrent(event)) return;
        lastFrameAt.current = Date.now();
        const decoded = decodeServerFrame(event.data);
        if (!decoded.ok) {
          onLogProblem?.(`Ignored a frame from the server: ${decoded.reason}`);
          return;
        }
        buffer.push(decoded.message);
        const retryIn = restoreRetryDelayMs(decoded.message);
        if (retryIn !== null) {
          setTimeout(() => {
            if (!restored.current) send(restoreFrame(store.getState().session.lastSeen, now()));
          }, retryIn);
        }
        if (decoded.message.type === 'session_state') {
          restored.current = true;
          sendOutbox();
        }
      },
    },
    enabled && active,
  );

  sendRef.current = (frame) => sendMessage(JSON.stringify(frame), false);
  currentSocket.current = getWebSocket;

  useEffect(() => {
    if (readyState !== ReadyState.OPEN) return;
    const timer = setInterval(() => {
      if (Date.now() - lastFrameAt.current > SILENCE_LIMIT_MS) getWebSocket()?.close();
      else send(pingFrame(now()));
    }, HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [readyState, send, now, getWebSocket]);

  // Retry turns the socket off for one render and on again, which resets the library's attempt count.
  useEffect(() => {
    if (!enabled) setEnabled(true);
  }, [enabled]);

  const retry = useCallback(() => {
    closes.current = 0;
    store.getState().setConnection('connecting', 0);
    setEnabled(false);
  }, [store]);
  useReconnectTriggers(store, retry, active);

  return useMemo<SessionSocket>(
    () => ({
      sendDraft: (content) => {
        const entry: OutboxEntry = {
          client_message_id: newClientMessageId(),
          content,
          created_at: now().toISOString(),
          delivery: 'queued',
          failure: null,
        };
        store.getState().addDraft(entry);
        if (restored.current) {
          send(userMessageFrame(entry, now()));
          store.getState().markSending([entry.client_message_id]);
        }
      },
      resend: (clientMessageId) => {
        const entry = store.getState().session.outbox.find((e) => e.client_message_id === clientMessageId);
        if (!entry) return;
        if (!restored.current) {
          store.getState().requeueDraft(clientMessageId);
          return;
        }
        store.getState().markSending([clientMessageId]);
        send(userMessageFrame(entry, now()));
      },
      cancel: () => {
        if (!restored.current) return false;
        send(cancelFrame(store.getState().session.activeTurnId, now()));
        return true;
      },
      switchModel: (model) => send(modelSwitchFrame(model, now())),
      repeatTurn: (action, turnId) => {
        if (!restored.current) return false;
        send(repeatTurnFrame(action, turnId, newClientMessageId(), now()));
        return true;
      },
      retry,
    }),
    [store, send, now, newClientMessageId, retry],
  );
}
