// Writers per core: how many generations at a real model's pace one server carries with a short delivery tail and no loss.
import { readLoadAverage } from './load-average.ts';
import { readCpuSeconds } from './process-cpu.ts';
import type { ServerProcess } from './server-process.ts';
import { runStreamLoad } from './stream-load.ts';

/** A real provider streams 50–100 deltas a second per reply; the lower end is the pace measured. */
export const DELTAS_PER_SECOND = 50;
export const DELTA_DELAY_MS = 1000 / DELTAS_PER_SECOND;

/** A level passes when the p99 delivery latency stays under this and nothing is lost. */
export const MAX_P99_MS = 100;

/**
 * …and the server keeps the model's pace: the slowest tenth of the writers still receive text at
 * least this share of the rate one writer alone receives. A server too busy to read its model's
 * stream on time stamps each chunk late, so its own stamps alone would not show it falling behind.
 */
export const MIN_PACE_SHARE = 0.8;

/** Concurrent writers tried in turn, up to the first level that fails. */
export const WRITER_LEVELS: readonly number[] = [25, 50, 100, 200, 400, 800, 1600, 3200];

/** The first messages are spread over this long, as writers who did not all press send together. */
const START_SPREAD_MS = 1_000;

/** A turn takes about 6 s at the pace; a level far behind it has failed already. */
const LEVEL_TIMEOUT_MS = 45_000;

export interface WritersLevel {
  writers: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  chunks: number;
  textChars: number;
  lostChunks: number;
  turnsCompleted: number;
  /** Text per second the 10th-percentile writer received, as a share of one writer's alone. */
  paceShare: number;
  problems: string[];
  /** Cores the server and the load generator used during the level. */
  serverCpu: number;
  clientCpu: number;
  loadAverage: number;
  passed: boolean;
}

export interface WritersPerCoreResult {
  /** The largest level that passed (0 if none did). */
  writers: number;
  /** The server's CPU, in cores, at that level. */
  serverCpu: number;
  /** Characters a second one writer alone receives at the pace. */
  paceAlone: number;
  levels: WritersLevel[];
}

export async function measureWritersPerCore(
  server: ServerProcess,
  prefix: string,
  prompt: string,
  log: (line: string) => void,
  levels: readonly number[] = WRITER_LEVELS,
): Promise<WritersPerCoreResult> {
  const results: WritersLevel[] = [];
  const loadOf = (sessions: number, sessionPrefix: string) =>
    runStreamLoad({
      baseUrl: `ws://127.0.0.1:${server.port}`,
      sessionPrefix,
      sessions,
      turnsPerSession: 1,
      prompts: [prompt],
      timeoutMs: LEVEL_TIMEOUT_MS,
      startSpreadMs: sessions > 1 ? START_SPREAD_MS : 0,
    });
  const alone = await loadOf(1, `${prefix}-alone`);
  const paceAlone = alone.sessionTextRates[0] ?? 0;
  log(`  ${server.name}, one writer alone: ${Math.round(paceAlone)} chars/s`);
  for (const writers of levels) {
    const loadAverage = readLoadAverage();
    const serverCpuBefore = await readCpuSeconds(server.pid);
    const clientCpuBefore = process.cpuUsage();
    const startedAt = performance.now();
    const load = await loadOf(writers, `${prefix}-w${writers}`);
    const rates = load.sessionTextRates;
    const tenth = rates[Math.floor(rates.length / 10)] ?? 0;
    const paceShare = paceAlone > 0 ? tenth / paceAlone : 0;
    const seconds = (performance.now() - startedAt) / 1000;
    const client = process.cpuUsage(clientCpuBefore);
    const serverCpu = ((await readCpuSeconds(server.pid)) - serverCpuBefore) / seconds;
    server.assertRunning();
    const latency = load.latencyMs;
    const passed =
      latency !== null &&
      latency.p99 < MAX_P99_MS &&
      paceShare >= MIN_PACE_SHARE &&
      load.lostChunks === 0 &&
      load.turnsCompleted === load.turnsExpected &&
      load.problems.length === 0;
    const level: WritersLevel = {
      writers,
      p50Ms: latency?.p50 ?? null,
      p99Ms: latency?.p99 ?? null,
      maxMs: latency?.max ?? null,
      chunks: load.chunks,
      textChars: load.textChars,
      lostChunks: load.lostChunks,
      turnsCompleted: load.turnsCompleted,
      paceShare,
      problems: load.problems,
      serverCpu,
      clientCpu: (client.user + client.system) / 1e6 / seconds,
      loadAverage,
      passed,
    };
    results.push(level);
    log(
      `  ${server.name}, ${writers} writers at ${DELTAS_PER_SECOND} deltas/s: p50/p99/max ` +
        `${level.p50Ms}/${level.p99Ms}/${level.maxMs} ms, ${level.lostChunks} lost, ` +
        `${level.turnsCompleted}/${writers} turns, pace ${(paceShare * 100).toFixed(0)} %, cores server/client ${serverCpu.toFixed(2)}/` +
        `${level.clientCpu.toFixed(2)}, load ${loadAverage.toFixed(1)}${passed ? '' : ' — FAILS'}`,
    );
    if (!passed) break;
  }
  const best = [...results].reverse().find((l) => l.passed);
  return { writers: best?.writers ?? 0, serverCpu: best?.serverCpu ?? 0, paceAlone, levels: results };
}
