// @vitest-environment jsdom
// Tests the session socket hook in real React against a real ws server: restore first, outbox once, backoff.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { ErrorCode } from '../../protocol/errors.ts';
import type { OutboxEntry } from '../store/session-view.ts';
import { createStudioStore, type StudioState, type StudioStore } from '../store/studio-store.ts';
import { reconnectDelayMs } from './reconnect-policy.ts';
import {
  type FrameServer,
  modelSwitchedFrame,
  sessionStateFrame,
  startFrameServer,
} from './test-support/session-frame-server.ts';
import { type SessionSocketDeps, useSessionSocket } from './use-session-socket.ts';

// The hook runs against real sockets and timers, so updates land outside act by design.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

// jsdom's own WebSocket dispatches Node events its realm rejects, and Node 20 has none built in; ws's client
// is a real socket with the browser's API, which is all the hook uses.
const browserWebSocket = globalThis.WebSocket;
beforeAll(() => {
  globalThis.WebSocket = NodeWebSocket as unknown as typeof WebSocket;
});
afterAll(() => {
  globalThis.WebSocket = browserWebSocket;
});

const SESSION = 'ses_test';
let server: FrameServer | undefined;
let store: StudioStore;
let ids = 0;

function draft(id: string): OutboxEntry {
  return {
    client_message_id: id,
    content: `text of ${id}`,
    created_at: new Date().toISOString(),
    delivery: 'queued',
    failure: null,
  };
}

function deps(url: string, extra: Partial<SessionSocketDeps> = {}): SessionSocketDeps {
  return {
    sessionId: SESSION,
    active: true,
    store,
    socketUrl: url,
    newClientMessageId: () => `cm_${++ids}`,
    now: () => new Date(),
    flushIntervalMs: 0,
    ...extra,
  };
}

function storeReaches(predicate: (state: StudioState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate(store.getState())) return resolve();
    const stop = store.subscribe((state) => {
      if (!predicate(state)) return;
      stop();
      resolve();
    });
  });
}

const types = (s: FrameServer) => s.received.map((r) => r.frame.type);
const sentIds = (s: FrameServer) =>
  s.received.flatMap((r) => (r.frame.type === 'message' ? [r.frame.client_message_id] : []));

beforeEach(() => {
  store = createStudioStore();
});

afterEach(async () => {
  cleanup();
  await server?.close();
  server = undefined;
});

describe('useSessionSocket', () => {
  it('sends session_restore first and the outbox only once session_state has come', async () => {
    store.getState().openSession(SESSION, [draft('c1'), draft('c2')]);
    const s = await startFrameServer();
    server = s;
    const { result } = renderHook(() => useSessionSocket(deps(s.url)));

    await s.waitFor(() => s.received.length >= 1);
    // A frame sent after the restore arrives after anything sent before it on the same socket.
    act(() => result.current.switchModel('probe'));
    await s.waitFor(() => types(s).includes('model_switch'));
    expect(types(s)).toEqual(['session_restore', 'model_switch']);

    const connection = s.connections[0];
    if (!connection) throw new Error('no connection');
    s.send(connection, sessionStateFrame(SESSION));
    await s.waitFor(() => sentIds(s).length >= 2);
    expect(sentIds(s)).toEqual(['c1', 'c2']);
    await storeReaches((state) => state.session.outbox.every((e) => e.delivery === 'sending'));
  });

  it('sends the outbox exactly once, even when the first restore was refused, under StrictMode', async () => {
    store.getState().openSession(SESSION, [draft('c1')]);
    let restores = 0;
    const s = await startFrameServer((srv, connection, frame) => {
      if (frame.type !== 'session_restore') return;
      restores += 1;
      if (restores === 1) {
        srv.send(connection, {
          type: 'error',
          error_code: ErrorCode.RESTORE_LIMITED,
          message: 'Too many restores',
          details: {},
          retry_after_ms: 100,
          timestamp: new Date().toISOString(),
        });
      } else {
        srv.send(connection, sessionStateFrame(SESSION));
      }
    });
    server = s;
    const { result } = renderHook(() => useSessionSocket(deps(s.url)), { reactStrictMode: true });

    await s.waitFor(() => sentIds(s).length >= 1);
    act(() => result.current.sendDraft('typed while live'));
    await s.waitFor(() => sentIds(s).length >= 2);
    act(() => result.current.switchModel('probe'));
    await s.waitFor(() => types(s).includes('model_switch'));
    expect(sentIds(s)).toEqual(['c1', 'cm_1']);
    expect(types(s).filter((t) => t === 'session_restore')).toHaveLength(2);
  });

  it('ignores frames that come on a socket it has already replaced', async () => {
    store.getState().openSession(SESSION, []);
    const s = await startFrameServer((srv, connection, frame) => {
      if (frame.type === 'session_restore') srv.send(connection, sessionStateFrame(SESSION, 'first'));
    });
    server = s;
    const models: (string | null)[] = [];
    store.subscribe((state) => models.push(state.session.model));
    const { result } = renderHook(() => useSessionSocket(deps(s.url)));
    await storeReaches((state) => state.session.model === 'first');

    const stale = s.connections[0];
    if (!stale) throw new Error('no connection');
    // Not reading keeps the old socket open on this side, so it can still send after the client moved on.
    stale.pause();
    act(() => result.current.retry());
    await s.waitFor(() => s.received.some((r) => r.connection === 2 && r.frame.type === 'session_restore'));
    s.send(stale, modelSwitchedFrame('stale', 'first'));
    stale.resume();
    await s.waitFor(() => stale.readyState === stale.CLOSED);

    const fresh = s.connections[1];
    if (!fresh) throw new Error('no second connection');
    s.send(fresh, modelSwitchedFrame('fresh', 'first'));
    await storeReaches((state) => state.session.model === 'fresh');
    expect(models).not.toContain('stale');
  });

  it('reconnects after 1 s doubling to 30 s, gives up after 10 attempts, and retry starts again', async () => {
    store.getState().openSession(SESSION, []);
    const s = await startFrameServer((srv, connection, frame) => {
      if (frame.type === 'session_restore') srv.send(connection, sessionStateFrame(SESSION));
    });
    server = s;
    const asked: number[] = [];
    const { result } = renderHook(() =>
      useSessionSocket(
        deps(s.url, {
          // The waits are asked of the policy in order; the test then waits 1 ms instead of each.
          reconnectDelayMs: (attempt) => {
            asked.push(attempt);
            return 1;
          },
        }),
      ),
    );
    await storeReaches((state) => state.connection.status === 'connected');

    s.accepting = false;
    s.connections[0]?.terminate();
    await storeReaches((state) => state.connection.status === 'offline');
    expect(store.getState().connection).toEqual({ status: 'offline', attempt: 10 });
    expect(asked).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(asked.map(reconnectDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000, 30000,
    ]);
    expect(s.attempts).toBe(11);

    s.accepting = true;
    act(() => result.current.retry());
    await storeReaches((state) => state.connection.status === 'connected');
    expect(s.connections).toHaveLength(2);
  });
});
