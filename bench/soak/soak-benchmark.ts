// `pnpm bench --only=soak`: writers, idle connections and REST on one server for a bounded time, reported each minute.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startBooksWriter } from '../bookswriter-server.ts';
import { SoakSocket } from './soak-socket.ts';
import { emptyTally, runWriter, type SoakTally } from './soak-writer.ts';

export interface SoakOptions {
  workDir: string;
  minutes: number;
  writers: number;
  idleConnections: number;
  maxOpenFiles: number;
  log: (line: string) => void;
}

export interface SoakMinute {
  minute: number;
  rssMiB: number;
  heapAfterGcMiB: number;
  openFds: number;
  loopLagP99Ms: number;
  liveSessions: number;
  databaseMiB: number;
  walMiB: number;
  turnsByStatus: Record<string, number>;
  serverErrors: Record<string, number>;
  clientErrors: number;
  checkedMessages: number;
  mismatches: number;
}

export interface SoakResult {
  minutes: SoakMinute[];
  tally: SoakTally;
  /** The WAL file after the server stopped: absent (or empty) after a clean shutdown. */
  walLeftBytes: number;
}

/** `name{label="x"} value` lines of the Prometheus text format, by metric name. */
function parseMetrics(text: string): Map<string, Array<{ labels: string; value: number }>> {
  const metrics = new Map<string, Array<{ labels: string; value: number }>>();
  for (const line of text.split('\n')) {
    const match = /^([a-z0-9_]+)(\{[^}]*\})? ([0-9.eE+-]+|NaN)$/.exec(line);
    if (!match) continue;
    const list = metrics.get(match[1] as string) ?? [];
    list.push({ labels: match[2] ?? '', value: Number(match[3]) });
    metrics.set(match[1] as string, list);
  }
  return metrics;
}

function byLabel(entries: Array<{ labels: string; value: number }> | undefined, label: string) {
  const counts: Record<string, number> = {};
  for (const { labels, value } of entries ?? []) {
    const key = new RegExp(`${label}="([^"]*)"`).exec(labels)?.[1] ?? '';
    counts[key] = (counts[key] ?? 0) + value;
  }
  return counts;
}

const MiB = 1024 * 1024;
const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const databasePath = join(options.workDir, 'soak.db');
  const server = await startBooksWriter({
    databasePath,
    maxOpenFiles: options.maxOpenFiles,
    env: { BOOKSWRITER_OFFLINE_DELAY_MS: '20' },
  });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const tally = emptyTally();
  const minutes: SoakMinute[] = [];
  const until = Date.now() + options.minutes * 60_000;

  const idle = await Promise.all(
    Array.from({ length: options.idleConnections }, (_, i) =>
      SoakSocket.open(`${baseUrl.replace(/^http/, 'ws')}/ws/soak-idle-${i}`, () => {}),
    ),
  );
  const idlePings = setInterval(() => {
    for (const socket of idle) socket.send({ type: 'ping' });
  }, 20_000);

  const sample = async (minute: number, label = `min ${minute}`) => {
    server.assertRunning();
    await server.collectGarbage();
    const metrics = parseMetrics(await (await fetch(`${baseUrl}/api/metrics`)).text());
    const health = (await (await fetch(`${baseUrl}/api/health`)).json()) as { sessions_live: number };
    const first = (name: string) => metrics.get(`bookswriter_${name}`)?.[0]?.value ?? Number.NaN;
    const row: SoakMinute = {
      minute,
      rssMiB: (await server.rssBytes()) / MiB,
      heapAfterGcMiB: first('nodejs_heap_size_used_bytes') / MiB,
      openFds: first('process_open_fds'),
      loopLagP99Ms: first('nodejs_eventloop_lag_p99_seconds') * 1000,
      liveSessions: health.sessions_live,
      databaseMiB: sizeOf(databasePath) / MiB,
      walMiB: sizeOf(`${databasePath}-wal`) / MiB,
      turnsByStatus: byLabel(metrics.get('bookswriter_turns_total'), 'status'),
      serverErrors: byLabel(metrics.get('bookswriter_errors_total'), 'code'),
      clientErrors: Object.values(tally.errors).reduce((a, b) => a + b, 0),
      checkedMessages: tally.checkedMessages,
      mismatches: tally.mismatches.length,
    };
    minutes.push(row);
    options.log(
      `${label}: rss ${row.rssMiB.toFixed(0)} MiB, heap after GC ${row.heapAfterGcMiB.toFixed(1)} MiB, ` +
        `fds ${row.openFds}, loop lag p99 ${row.loopLagP99Ms.toFixed(1)} ms, live sessions ${row.liveSessions}, ` +
        `db ${row.databaseMiB.toFixed(1)} MiB, wal ${row.walMiB.toFixed(1)} MiB, turns ${JSON.stringify(row.turnsByStatus)}, ` +
        `server errors ${JSON.stringify(row.serverErrors)}, client errors ${row.clientErrors}, ` +
        `transcript checks ${row.checkedMessages}, mismatches ${row.mismatches}`,
    );
  };

  let minute = 0;
  const reporter = setInterval(() => {
    minute += 1;
    void sample(minute).catch((error: unknown) => options.log(`sample failed: ${String(error)}`));
  }, 60_000);
  try {
    const random = seededRandom(20);
    await Promise.all(
      Array.from({ length: options.writers }, (_, i) =>
        runWriter(baseUrl, until, tally, seededRandom(Math.floor(random() * 2 ** 31) + i)),
      ),
    );
    clearInterval(reporter);
    await sample(minute + 1, 'end');
  } finally {
    clearInterval(reporter);
    clearInterval(idlePings);
    for (const socket of idle) socket.close();
    await server.stop();
  }
  const walLeftBytes = sizeOf(`${databasePath}-wal`);
  options.log(
    `stopped: WAL left behind ${walLeftBytes} bytes; client errors ${JSON.stringify(tally.errors)}`,
  );
  return { minutes, tally, walLeftBytes };
}
