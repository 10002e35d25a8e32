// Times session_restore: from sending it to holding the parsed session_state, on a fresh connection.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export interface RestoreTiming {
  /** session_restore sent → session_state received and parsed. */
  restoreMs: number;
  /** Connection attempt → session_state parsed: what a reloading page waits for. */
  connectToStateMs: number;
  bytes: number;
  messages: number;
  /** The frame as received, for sizing the baseline payload. */
  payload: string;
}

export class RestoreFailedError extends Error {
  readonly code = 'RESTORE_FAILED';
}

/** Opens `/ws/{sessionId}`, sends session_restore the moment it is open, and waits for the state. */
export function timeRestore(baseUrl: string, sessionId: string, timeoutMs: number): Promise<RestoreTiming> {
  return new Promise((resolve, reject) => {
    const connectingAt = performance.now();
    let sentAt = 0;
    const socket = new WebSocket(`${baseUrl}/ws/${sessionId}`);
    const timer = setTimeout(
      () => finish(new RestoreFailedError(`no session_state within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const finish = (outcome: RestoreTiming | Error) => {
      clearTimeout(timer);
      socket.removeAllListeners('message');
      socket.on('error', () => {});
      socket.close(1000);
      outcome instanceof Error ? reject(outcome) : resolve(outcome);
    };
    socket.once('open', () => {
      sentAt = performance.now();
      socket.send(JSON.stringify({ type: 'session_restore' }));
    });
    socket.on('error', (error) => finish(new RestoreFailedError(`socket error: ${error.message}`)));
    socket.on('message', (data) => {
      const payload = String(data);
      const frame = JSON.parse(payload) as { type: string; messages?: unknown[]; error_code?: string };
      if (frame.type === 'error') finish(new RestoreFailedError(`server answered ${frame.error_code}`));
      if (frame.type !== 'session_state') return;
      const doneAt = performance.now();
      finish({
        restoreMs: doneAt - sentAt,
        connectToStateMs: doneAt - connectingAt,
        bytes: Buffer.byteLength(payload),
        messages: frame.messages?.length ?? 0,
        payload,
      });
    });
  });
}

/** The client-side floor: parsing a payload of this size, in milliseconds, once per run. */
export function timeJsonParse(payload: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const startedAt = performance.now();
    JSON.parse(payload);
    times.push(performance.now() - startedAt);
  }
  return times;
}
