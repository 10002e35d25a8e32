// Memory per idle connection: a server's resident memory before and after holding many idle connections.

import type { ServerProcess } from './server-process.ts';
import { ask, startWorker, stopWorker } from './worker-process.ts';

export interface IdleMemoryOptions {
  server: ServerProcess;
  connections: number;
  /** Client processes sharing the connections; each needs a descriptor per connection. */
  workers: number;
  sessionPrefix: string;
  maxOpenFiles: number;
}

export interface IdleMemoryResult {
  connections: number;
  stillOpen: number;
  failed: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  bytesPerConnection: number;
  connectSeconds: number;
}

/** Resident memory after a full collection, as the median of a few readings once it has settled. */
async function steadyRss(server: ServerProcess): Promise<number> {
  await server.collectGarbage();
  const readings: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    readings.push(await server.rssBytes());
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  readings.sort((a, b) => a - b);
  return readings[2] as number;
}

export async function measureIdleMemory(options: IdleMemoryOptions): Promise<IdleMemoryResult> {
  const { server, connections, workers: workerCount } = options;
  const baseUrl = `ws://127.0.0.1:${server.port}`;
  const workers = Array.from({ length: workerCount }, () =>
    startWorker('bench/idle-client.ts', options.maxOpenFiles),
  );
  try {
    const rssBeforeBytes = await steadyRss(server);
    const share = Math.ceil(connections / workerCount);
    const startedAt = Date.now();
    const results = await Promise.all(
      workers.map((worker, w) =>
        ask<{ opened: number; failed: number }>(
          worker,
          {
            open: {
              baseUrl,
              prefix: options.sessionPrefix,
              from: w * share,
              count: Math.max(0, Math.min(share, connections - w * share)),
            },
          },
          120_000,
        ),
      ),
    );
    const connectSeconds = (Date.now() - startedAt) / 1000;
    // Let the server finish every session load and the held-event timers before reading.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const rssAfterBytes = await steadyRss(server);
    const counts = await Promise.all(
      workers.map((worker) => ask<{ open: number }>(worker, { countOpen: true }, 10_000)),
    );
    const stillOpen = counts.reduce((sum, c) => sum + c.open, 0);
    return {
      connections,
      stillOpen,
      failed: results.reduce((sum, r) => sum + r.failed, 0),
      rssBeforeBytes,
      rssAfterBytes,
      bytesPerConnection: stillOpen > 0 ? (rssAfterBytes - rssBeforeBytes) / stillOpen : Number.NaN,
      connectSeconds,
    };
  } finally {
    await Promise.all(workers.map(stopWorker));
  }
}
