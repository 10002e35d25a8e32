// Worker process: opens idle WebSocket connections on distinct sessions and holds them until told to close.
// Driven over IPC by idle-memory.ts: { open: { baseUrl, prefix, from, count } } → { opened, failed };
// { countOpen: true } → { open } (how many are still open, to confirm the server kept them).
import WebSocket from 'ws';

interface OpenRequest {
  open: { baseUrl: string; prefix: string; from: number; count: number };
}

type Request = OpenRequest | { countOpen: true };

const CONNECT_CONCURRENCY = 100;
const sockets: WebSocket[] = [];

function openOne(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      sockets.push(socket);
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function openAll({ baseUrl, prefix, from, count }: OpenRequest['open']) {
  let opened = 0;
  let failed = 0;
  for (let first = 0; first < count; first += CONNECT_CONCURRENCY) {
    const size = Math.min(CONNECT_CONCURRENCY, count - first);
    const results = await Promise.all(
      Array.from({ length: size }, (_, k) => openOne(`${baseUrl}/ws/${prefix}-${from + first + k}`)),
    );
    const succeeded = results.filter(Boolean).length;
    opened += succeeded;
    failed += size - succeeded;
  }
  return { opened, failed };
}

process.on('message', (request: Request) => {
  if ('countOpen' in request) {
    process.send?.({ open: sockets.filter((s) => s.readyState === WebSocket.OPEN).length });
    return;
  }
  openAll(request.open).then(
    (result) => process.send?.(result),
    (error: unknown) => process.send?.({ opened: 0, failed: request.open.count, error: String(error) }),
  );
});

process.on('SIGTERM', () => {
  for (const socket of sockets) socket.terminate();
  process.exit(0);
});
