// Benchmark 4: the library REST list and search over 100,000 stored plots, and how long each blocks the event loop.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { createLibraryRoutes } from '../server/api/library.ts';
import { openRepository } from '../server/storage/index.ts';
import { seedLibrary } from './library-seed.ts';
import { type Distribution, describeDistribution } from './percentiles.ts';

export interface LibraryBenchmarkOptions {
  workDir: string;
  items: number;
  runsPerCase: number;
  log: (line: string) => void;
}

export interface LibraryCase {
  name: string;
  path: string;
  /** Time to answer, body read; each request runs alone in its own turn of the event loop. */
  ms: Distribution;
  /** Whether a figure is held to the target (exact counts are shown for comparison only). */
  targeted: boolean;
}

export interface LibraryBenchmarkResult {
  items: number;
  seedSeconds: number;
  cases: LibraryCase[];
  /** Event-loop delay while the targeted cases ran, from monitorEventLoopDelay at 1 ms resolution. */
  loopDelayMs: { p99: number; max: number };
}

/** Owner keys shaped like the tokens the server issues (24 random bytes, base64url). */
const LARGE = 'q3VfT0xZ8kLm2nPb7RsWcY4dHj6uAe1oXyZw';
const SMALL = 'Zk9pQ2mN7vB4xC1sD8fG3hJ6kL0aS5dFgHjK';
const WARM_UP_RUNS = 20;

export async function runLibraryBenchmark(options: LibraryBenchmarkOptions): Promise<LibraryBenchmarkResult> {
  const file = join(options.workDir, 'library-bench.db');
  await (await openRepository(file)).close();
  const small = Math.round(options.items * 0.02);
  const seeded = seedLibrary({ file, owners: { [LARGE]: options.items - small, [SMALL]: small } });
  options.log(`seeded ${seeded.items.toLocaleString('en-US')} plots in ${seeded.seconds.toFixed(1)} s`);

  const repo = await openRepository(file);
  const app = createLibraryRoutes({ repo, resolveOwner: (c) => c.req.header('x-owner') ?? null });
  const get = async (owner: string, path: string) => {
    const response = await app.request(path, { headers: { 'x-owner': owner } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return (await response.json()) as { next_cursor: string | null };
  };
  try {
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++)
      cursor = (await get(LARGE, `/plots?limit=20${cursor ? `&cursor=${cursor}` : ''}`)).next_cursor;

    const plan: Array<[string, string, string, boolean]> = [
      ['list, first page of 20', LARGE, '/plots?limit=20', true],
      ['list, page 51 by cursor', LARGE, `/plots?limit=20&cursor=${cursor}`, true],
      ['search, common word (30 %)', LARGE, '/plots?limit=20&q=dragon', true],
      ['search, rare word (0.1 %)', LARGE, '/plots?limit=20&q=colliery', true],
      ['search, two-letter prefix', LARGE, '/plots?limit=20&q=ca', true],
      ['search, one letter', LARGE, '/plots?limit=20&q=k', true],
      ['search, two words', LARGE, '/plots?limit=20&q=storm%20harbour', true],
      ['search, four-letter prefix of a common word', LARGE, '/plots?limit=20&q=drag', true],
      ['search, a word in no item', LARGE, '/plots?limit=20&q=zeppelin', true],
      ['small library: list', SMALL, '/plots?limit=20', true],
      ['small library: search, common word', SMALL, '/plots?limit=20&q=dragon', true],
      ['small library: search, rare word', SMALL, '/plots?limit=20&q=colliery', true],
      ['list, exact total', LARGE, '/plots?limit=20&total=exact', false],
      ['search common word, exact total', LARGE, '/plots?limit=20&q=dragon&total=exact', false],
    ];
    const cases: LibraryCase[] = [];
    const loopDelayMs = { p99: 0, max: 0 };
    for (const [name, owner, path, targeted] of plan) {
      // Warm-up requests yield too: back to back they would block the loop for their sum, and the
      // monitor, re-enabled just after, would count that stall against the measured requests.
      for (let i = 0; i < WARM_UP_RUNS; i++) {
        await nextMacrotask();
        await get(owner, path);
      }
      // A fresh monitor per case: one re-enabled after a pause counts the whole pause as its first delay.
      const loop = monitorEventLoopDelay({ resolution: 1 });
      if (targeted) loop.enable();
      const samples: number[] = [];
      for (let i = 0; i < options.runsPerCase; i++) {
        // Its own macrotask, so the loop-delay monitor sees what one request blocks.
        await nextMacrotask();
        const started = performance.now();
        await get(owner, path);
        samples.push(performance.now() - started);
      }
      loop.disable();
      if (targeted) {
        // The worst case's p99 stands for all: a conservative figure rather than a merged histogram.
        loopDelayMs.p99 = Math.max(loopDelayMs.p99, loop.percentile(99) / 1e6);
        loopDelayMs.max = Math.max(loopDelayMs.max, loop.max / 1e6);
      }
      const ms = describeDistribution(samples);
      options.log(
        `${name}: p50 ${ms.p50.toFixed(2)} ms, p99 ${ms.p99.toFixed(2)} ms, max ${ms.max.toFixed(2)} ms`,
      );
      cases.push({ name, path, ms, targeted });
    }
    options.log(
      `event-loop delay: p99 ${loopDelayMs.p99.toFixed(2)} ms, max ${loopDelayMs.max.toFixed(2)} ms`,
    );
    return { items: seeded.items, seedSeconds: seeded.seconds, cases, loopDelayMs };
  } finally {
    await repo.close();
  }
}
