// Benchmark 4: the studio in Debian's Chromium, on the production build, opening and streaming into long sessions.
import { join } from 'node:path';
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';
import { startBooksWriter } from './bookswriter-server.ts';
import { installBrowserProbe, waitForLastItemVisible } from './browser-probe.ts';
import { readLoadAverage } from './load-average.ts';
import { type Distribution, describeDistribution } from './percentiles.ts';
import { seedTranscripts, type TranscriptShape } from './seed-transcript.ts';

export interface BrowserBenchmarkOptions {
  workDir: string;
  runs: number;
  maxOpenFiles: number;
  log: (line: string) => void;
}

export interface OpeningRun {
  navigationToVisibleMs: number;
  stateToVisibleMs: number;
  longestTaskMs: number;
  longTasks: number;
  domNodes: number;
  heapMB: number;
  loadAverage: number;
}

export interface StreamingRun {
  flushMs: number | 'default';
  chunks: number;
  mainThreadMsPerChunk: number;
  mainThreadBusy: number;
  longTasks: number;
  keystrokeP95Ms: number;
  loadAverage: number;
}

export interface BrowserSizeResult {
  messages: number;
  opening: Record<keyof Omit<OpeningRun, 'loadAverage'>, Distribution>;
  streaming: Record<
    string,
    { msPerChunk: Distribution; busy: Distribution; longTasks: Distribution; keyP95: Distribution }
  >;
  loadAverages: number[];
}

const SIZES = [100, 500, 1_000];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Items a seeded turn shows: user, reply, and for the turns with activity two hand-offs, a tool card and a completion. */
const itemsFor = (shape: TranscriptShape) => shape.turns * 2 + shape.turnsWithActivity * 4;

async function openPage(browser: Browser, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx names functions through a __name helper that the page does not have; give it a harmless one.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installBrowserProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  return { page, cdp };
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function measureOpening(page: Page, lastIndex: number): Promise<OpeningRun> {
  const visibleAt = await page.evaluate(waitForLastItemVisible, lastIndex);
  await page.waitForTimeout(500);
  return page.evaluate(
    ({ visibleAt, loadAverage }) => {
      const probe = (
        window as unknown as { __bench: { stateAt: number | null; longTasks: { duration: number }[] } }
      ).__bench;
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return {
        navigationToVisibleMs: visibleAt,
        stateToVisibleMs: visibleAt - (probe.stateAt ?? 0),
        longestTaskMs: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
        longTasks: probe.longTasks.length,
        domNodes: document.getElementsByTagName('*').length,
        heapMB: (memory?.usedJSHeapSize ?? 0) / 1_048_576,
        loadAverage,
      };
    },
    { visibleAt, loadAverage: readLoadAverage() },
  );
}

/** Asks for a plot and types into the composer while it streams; the offline model keeps its default pace. */
async function measureStreaming(
  page: Page,
  cdp: CDPSession,
  flushMs: StreamingRun['flushMs'],
): Promise<StreamingRun> {
  const input = page.getByTestId('composer-input');
  await input.fill('Create a fantasy plot about a salt archive');
  await input.press('Enter');
  await page.waitForFunction(
    () => (window as unknown as { __bench: { chunkTimes: number[] } }).__bench.chunkTimes.length > 0,
  );
  const startTask = await taskMs(cdp);
  const startWall = Date.now();
  const before = await page.evaluate(() => {
    const probe = (window as unknown as { __bench: { chunkTimes: number[]; longTasks: unknown[] } }).__bench;
    return { chunks: probe.chunkTimes.length, longTasks: probe.longTasks.length, at: performance.now() };
  });
  await input.click();
  const keys = 'the river remembers';
  await page.keyboard.type(keys, { delay: 60 });
  // The completion frame, not its card: the card of an older turn may have scrolled out of the rendered range.
  await page.waitForFunction(
    () => (window as unknown as { __bench: { completions: number } }).__bench.completions > 0,
    undefined,
    {
      timeout: 120_000,
    },
  );
  const wallMs = Date.now() - startWall;
  const busyMs = (await taskMs(cdp)) - startTask;
  const after = await page.evaluate((since) => {
    const probe = (
      window as unknown as {
        __bench: {
          chunkTimes: number[];
          longTasks: { start: number }[];
          keyDurations: { duration: number; start: number }[];
        };
      }
    ).__bench;
    return {
      chunks: probe.chunkTimes.length,
      longTasks: probe.longTasks.filter((t) => t.start >= since).length,
      keys: probe.keyDurations.filter((k) => k.start >= since).map((k) => k.duration),
    };
  }, before.at);
  // Event Timing reports only events slower than 16 ms; every key not reported took at most that.
  const keyDurations = [...after.keys, ...Array(Math.max(0, keys.length * 2 - after.keys.length)).fill(16)];
  const chunks = Math.max(1, after.chunks - before.chunks);
  return {
    flushMs,
    chunks,
    mainThreadMsPerChunk: busyMs / chunks,
    mainThreadBusy: busyMs / wallMs,
    longTasks: after.longTasks,
    keystrokeP95Ms: describeDistribution(keyDurations).p95,
    loadAverage: readLoadAverage(),
  };
}

export async function runBrowserBenchmark(options: BrowserBenchmarkOptions): Promise<BrowserSizeResult[]> {
  const databasePath = join(options.workDir, 'browser.db');
  const sessions = SIZES.flatMap((turns) =>
    Array.from({ length: options.runs * 2 }, (_, run) => ({ turns, id: `bench-browser-${turns}-${run}` })),
  );
  for (const turns of SIZES) {
    const shape: TranscriptShape = {
      turns,
      agentChars: { min: 1_000, max: 3_000 },
      userChars: { min: 60, max: 400 },
      turnsWithActivity: Math.min(100, turns),
    };
    await seedTranscripts(
      databasePath,
      sessions.filter((s) => s.turns === turns).map((s) => s.id),
      shape,
      sessions.findIndex((s) => s.turns === turns),
    );
  }
  options.log(`seeded ${sessions.length} sessions`);
  // The default pace of the offline model, so chunks arrive as a writer would see them.
  const server = await startBooksWriter({
    databasePath,
    maxOpenFiles: options.maxOpenFiles,
    env: { BOOKSWRITER_OFFLINE_DELAY_MS: '20' },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const results: BrowserSizeResult[] = [];
  try {
    for (const turns of SIZES) {
      const lastIndex = itemsFor({ turns, turnsWithActivity: Math.min(100, turns) } as TranscriptShape) - 1;
      const openings: OpeningRun[] = [];
      const streams: StreamingRun[] = [];
      const ids = sessions.filter((s) => s.turns === turns).map((s) => s.id);
      for (const [i, id] of ids.entries()) {
        // Half the runs stream with chunks applied every paint, to compare against the 50 ms default.
        const flushMs: StreamingRun['flushMs'] = i % 2 === 0 ? 'default' : 0;
        const query = flushMs === 'default' ? '' : `&flush_ms=${flushMs}`;
        const { page, cdp } = await openPage(
          browser,
          `http://127.0.0.1:${server.port}/?session=${id}${query}`,
        );
        try {
          openings.push(await measureOpening(page, lastIndex));
          streams.push(await measureStreaming(page, cdp, flushMs));
        } catch (error) {
          await page.screenshot({ path: join(options.workDir, '..', `bookswriter-browser-bench-${id}.png`) });
          throw error;
        }
        await page.context().close();
        const o = openings.at(-1) as OpeningRun;
        const s = streams.at(-1) as StreamingRun;
        options.log(
          `${turns * 2} messages run ${i + 1}: visible ${o.navigationToVisibleMs.toFixed(0)} ms (state→visible ${o.stateToVisibleMs.toFixed(0)}), longest task ${o.longestTaskMs.toFixed(0)} ms, ${o.domNodes} nodes, ${o.heapMB.toFixed(1)} MB; flush ${s.flushMs}: ${s.mainThreadMsPerChunk.toFixed(2)} ms/chunk over ${s.chunks}, busy ${(s.mainThreadBusy * 100).toFixed(0)} %, ${s.longTasks} long tasks, key p95 ${s.keystrokeP95Ms.toFixed(0)} ms; load ${s.loadAverage.toFixed(2)}`,
        );
      }
      const dist = (pick: (o: OpeningRun) => number) => describeDistribution(openings.map(pick));
      const streaming: BrowserSizeResult['streaming'] = {};
      for (const cadence of ['default', 0] as const) {
        const runs = streams.filter((s) => s.flushMs === cadence);
        streaming[cadence === 'default' ? '50ms' : 'frame'] = {
          msPerChunk: describeDistribution(runs.map((s) => s.mainThreadMsPerChunk)),
          busy: describeDistribution(runs.map((s) => s.mainThreadBusy)),
          longTasks: describeDistribution(runs.map((s) => s.longTasks)),
          keyP95: describeDistribution(runs.map((s) => s.keystrokeP95Ms)),
        };
      }
      results.push({
        messages: turns * 2,
        opening: {
          navigationToVisibleMs: dist((o) => o.navigationToVisibleMs),
          stateToVisibleMs: dist((o) => o.stateToVisibleMs),
          longestTaskMs: dist((o) => o.longestTaskMs),
          longTasks: dist((o) => o.longTasks),
          domNodes: dist((o) => o.domNodes),
          heapMB: dist((o) => o.heapMB),
        },
        streaming,
        loadAverages: [...openings.map((o) => o.loadAverage), ...streams.map((s) => s.loadAverage)],
      });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return results;
}
