// Records the frames BooksWriter sends for one turn, so the bare baseline can replay exactly those frames.
import { connect } from './stream-load.ts';

export class TurnRecordingError extends Error {
  readonly code = 'TURN_RECORDING_FAILED';
}

/** Sends one message on a fresh session and returns every frame after it, up to and including `completion`. */
export async function recordTurn(baseUrl: string, sessionId: string, prompt: string, timeoutMs: number) {
  const socket = await connect(`${baseUrl}/ws/${sessionId}`);
  const frames: Record<string, unknown>[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new TurnRecordingError(`no completion within ${timeoutMs} ms (${frames.length} frames)`)),
        timeoutMs,
      );
      socket.on('message', (data) => {
        const frame = JSON.parse(String(data)) as Record<string, unknown>;
        if (frame.type === 'connected') return;
        frames.push(frame);
        if (frame.type === 'error') {
          clearTimeout(timer);
          reject(
            new TurnRecordingError(`the turn failed: ${String(frame.error_code)} ${String(frame.message)}`),
          );
        } else if (frame.type === 'completion') {
          clearTimeout(timer);
          resolve();
        }
      });
      socket.send(
        JSON.stringify({
          type: 'message',
          content: prompt,
          user_id: 'bench',
          timestamp: new Date().toISOString(),
        }),
      );
    });
  } finally {
    socket.close(1000);
  }
  const chunks = frames.filter((f) => f.type === 'stream_chunk').length;
  if (chunks === 0) throw new TurnRecordingError('the recorded turn streamed no chunks');
  return { frames, chunks };
}
