// The baseline: a bare `ws` server in its own process that replays recorded BooksWriter frames, restamped.
// Run as a process: BARE_TURN_FRAMES=<json file> BARE_RESTORE_PAYLOAD=<text file> [BARE_DELTA_DELAY_MS=20]
// tsx bench/bare-ws-server.ts
import { readFileSync } from 'node:fs';
import { type WebSocket, WebSocketServer } from 'ws';

type Frame = { type: string; timestamp?: string } & Record<string, unknown>;

function readFrames(path: string | undefined): Frame[] {
  if (!path) return [];
  const frames: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(frames)) throw new TypeError(`${path} must hold a JSON array of frames`);
  return frames as Frame[];
}

const turnFrames = readFrames(process.env.BARE_TURN_FRAMES);
const restorePayload = process.env.BARE_RESTORE_PAYLOAD
  ? readFileSync(process.env.BARE_RESTORE_PAYLOAD, 'utf8')
  : '';

/** The offline model's cadence at zero delay: a burst of deltas, then a turn of the event loop. */
const FRAMES_PER_YIELD = 8;

/** With a delay, each stream_chunk waits this long after the frame before it, as a paced model's deltas do. */
const deltaDelayMs = Number(process.env.BARE_DELTA_DELAY_MS ?? '0');

const stamped = (frame: Frame | undefined) =>
  JSON.stringify({ ...frame, timestamp: new Date().toISOString() });

/** Sends one turn's frames at a model's pace: the frames up to the next chunk at once, that chunk after the delay. */
function replayPaced(socket: WebSocket, from = 0): void {
  let index = from;
  while (index < turnFrames.length) {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(stamped(turnFrames[index]));
    index += 1;
    if (turnFrames[index]?.type === 'stream_chunk') break;
  }
  if (index < turnFrames.length) setTimeout(() => replayPaced(socket, index), deltaDelayMs);
}

/** Sends one turn's frames, each stamped when it is sent, yielding between bursts as a streaming server does. */
function replayTurn(socket: WebSocket, from = 0): void {
  if (deltaDelayMs > 0) {
    replayPaced(socket, from);
    return;
  }
  const end = Math.min(from + FRAMES_PER_YIELD, turnFrames.length);
  for (let index = from; index < end; index += 1) {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(stamped(turnFrames[index]));
  }
  if (end < turnFrames.length) setImmediate(() => replayTurn(socket, end));
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('connection', (socket) => {
  socket.send(JSON.stringify({ type: 'connected', generating: false, timestamp: new Date().toISOString() }));
  socket.on('message', (data) => {
    let type: unknown;
    try {
      type = (JSON.parse(String(data)) as { type?: unknown }).type;
    } catch {
      return;
    }
    if (type === 'message') replayTurn(socket);
    else if (type === 'session_restore') socket.send(restorePayload);
  });
});
server.on('listening', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`bare ws listening on ${address.port}`);
});
process.on('SIGTERM', () => {
  for (const client of server.clients) client.terminate();
  server.close(() => process.exit(0));
});
