// Benchmark 1: chunk throughput and delivery latency, BooksWriter against a bare ws server replaying its frames.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBareServer } from './bare-server.ts';
import { startBooksWriter } from './bookswriter-server.ts';
import { readLoadAverage } from './load-average.ts';
import { type Distribution, describeDistribution } from './percentiles.ts';
import { readCpuSeconds } from './process-cpu.ts';
import { recordTurn } from './record-turn.ts';
import { measureStreamTextCeiling } from './sdk-ceiling.ts';
import type { ServerProcess } from './server-process.ts';
import { runStreamLoad, type StreamLoadResult } from './stream-load.ts';
import { DELTA_DELAY_MS, measureWritersPerCore, type WritersPerCoreResult } from './writers-per-core.ts';

export interface StreamingLevel {
  sessions: number;
  /** Turns each session sends one after another, so small levels still yield enough chunks. */
  turnsPerSession: number;
}

export const STREAMING_LEVELS: readonly StreamingLevel[] = [
  { sessions: 1, turnsPerSession: 20 },
  { sessions: 100, turnsPerSession: 2 },
  { sessions: 500, turnsPerSession: 1 },
];

/** Runs per level and server; the servers alternate, so a burst of load from elsewhere hits both. */
export const TRIALS = 3;

/** One prompt for every session, so each BooksWriter turn is the same kind of turn the bare server replays. */
export const STREAMING_PROMPT = 'Create a fantasy novel with dragons and magic';

/** A load's result with how busy each side was: CPU seconds per second of the load, 1 = one core. */
export interface MeasuredLoad extends StreamLoadResult {
  serverCpu: number;
  clientCpu: number;
  /** Characters of text delivered per CPU second the server used: what it costs, however busy the machine. */
  textPerServerCpuSecond: number;
}

export interface StreamFigures {
  /** The median of the trials. */
  chunksPerSecond: number;
  /** Characters of model text delivered per second: the median of the trials. */
  textPerSecond: number;
  trialTextPerSecond: number[];
  lostChunks: number;
  /** Medians of the trials: how much of a core the server and the load generator used. */
  serverCpu: number;
  clientCpu: number;
  /** Median of the trials: characters delivered per CPU second the server used. */
  textPerServerCpuSecond: number;
  trialChunksPerSecond: number[];
  /** Every chunk of every trial, pooled. */
  latencyMs: Distribution | null;
  problems: string[];
}

export interface StreamingLevelResult {
  level: StreamingLevel;
  booksWriter: StreamFigures;
  bare: StreamFigures;
  /** 1-minute load average before and after the level, to show contention from other processes. */
  loadAverage: [number, number];
  trials: { booksWriter: MeasuredLoad[]; bare: MeasuredLoad[] };
}

export interface StreamingBenchmarkResult {
  /** One turn recorded from a paced server, so each of its chunks is one of the model's deltas. */
  recordedTurn: { frames: number; chunks: number; bytes: number; textChars: number };
  /** Turns the measured (unpaced) BooksWriter process ran, warm-up included, for per-delta costs. */
  booksWriterTurns: number;
  /** CPU seconds that process used in all, read just before it stopped. */
  booksWriterCpuSeconds: number;
  /** The largest number of writers at 50 deltas a second with p99 under 100 ms and no loss. */
  writersPerCore: { booksWriter: WritersPerCoreResult; bare: WritersPerCoreResult };
  /** Deltas per second through the AI SDK's streamText alone (in this process, no sockets, no storage). */
  streamTextCeiling: number;
  trials: number;
  levels: StreamingLevelResult[];
}

export interface StreamingBenchmarkOptions {
  workDir: string;
  maxOpenFiles: number;
  levels?: readonly StreamingLevel[];
  /** Extra node flags for the BooksWriter process, e.g. --cpu-prof. */
  profileArgs?: string[];
  log: (line: string) => void;
}

const LOAD_TIMEOUT_MS = 120_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function figures(trials: MeasuredLoad[], latencies: number[]): StreamFigures {
  const rates = trials.map((t) => t.chunksPerSecond);
  const textRates = trials.map((t) => t.textPerSecond);
  return {
    chunksPerSecond: median(rates),
    textPerSecond: median(textRates),
    trialTextPerSecond: textRates,
    lostChunks: trials.reduce((sum, t) => sum + t.lostChunks, 0),
    serverCpu: median(trials.map((t) => t.serverCpu)),
    textPerServerCpuSecond: median(trials.map((t) => t.textPerServerCpuSecond)),
    clientCpu: median(trials.map((t) => t.clientCpu)),
    trialChunksPerSecond: rates,
    latencyMs: latencies.length > 0 ? describeDistribution(latencies) : null,
    problems: [
      ...trials.flatMap((t) => t.problems),
      ...trials.flatMap((t) => (t.lostChunks > 0 ? [`${t.lostChunks} chunks lost`] : [])),
    ],
  };
}

export async function runStreamingBenchmark(
  options: StreamingBenchmarkOptions,
): Promise<StreamingBenchmarkResult> {
  const levels = options.levels ?? STREAMING_LEVELS;
  // A server at a real model's pace: its recorded turn has one chunk per delta, and it carries the writers.
  const paced = await startBooksWriter({
    databasePath: join(options.workDir, 'paced.db'),
    maxOpenFiles: options.maxOpenFiles,
    env: { BOOKSWRITER_OFFLINE_DELAY_MS: String(DELTA_DELAY_MS) },
  });
  const booksWriter = await startBooksWriter({
    databasePath: join(options.workDir, 'streaming.db'),
    maxOpenFiles: options.maxOpenFiles,
    nodeFlags: options.profileArgs,
  });
  let result: Omit<StreamingBenchmarkResult, 'streamTextCeiling' | 'writersPerCore'>;
  let deltas: string[];
  let framesPath: string;
  try {
    const recorded = await recordTurn(
      `ws://127.0.0.1:${paced.port}`,
      'bench-recorded-turn',
      STREAMING_PROMPT,
      60_000,
    );
    framesPath = join(options.workDir, 'turn-frames.json');
    const framesText = JSON.stringify(recorded.frames);
    writeFileSync(framesPath, framesText);
    options.log(`recorded one turn: ${recorded.frames.length} frames, ${recorded.chunks} chunks`);
    deltas = recorded.frames.flatMap((f) => (f.type === 'stream_chunk' ? [String(f.content)] : []));
    let booksWriterTurns = 0;

    const bare = await startBareServer({ turnFramesPath: framesPath, maxOpenFiles: options.maxOpenFiles });
    try {
      const load = async (
        server: ServerProcess,
        prefix: string,
        level: StreamingLevel,
        sink?: number[],
      ): Promise<MeasuredLoad> => {
        const serverCpuBefore = await readCpuSeconds(server.pid);
        const clientCpuBefore = process.cpuUsage();
        const startedAt = performance.now();
        const result = await runStreamLoad({
          baseUrl: `ws://127.0.0.1:${server.port}`,
          sessionPrefix: prefix,
          sessions: level.sessions,
          turnsPerSession: level.turnsPerSession,
          prompts: [STREAMING_PROMPT],
          timeoutMs: LOAD_TIMEOUT_MS,
          latencySink: sink,
        });
        const seconds = (performance.now() - startedAt) / 1000;
        if (server === booksWriter) booksWriterTurns += result.turnsCompleted;
        const client = process.cpuUsage(clientCpuBefore);
        const serverCpu = (await readCpuSeconds(server.pid)) - serverCpuBefore;
        server.assertRunning();
        return {
          ...result,
          serverCpu: serverCpu / seconds,
          textPerServerCpuSecond: serverCpu > 0 ? result.textChars / serverCpu : 0,
          clientCpu: (client.user + client.system) / 1e6 / seconds,
        };
      };
      // Both servers run a small load first so neither is measured while its code is still being compiled.
      const warmUp = { sessions: 20, turnsPerSession: 2 };
      await load(booksWriter, 'bench-warm', warmUp);
      await load(bare, 'bench-warm', warmUp);

      const results: StreamingLevelResult[] = [];
      for (const level of levels) {
        const loadBefore = readLoadAverage();
        const trials = { booksWriter: [] as MeasuredLoad[], bare: [] as MeasuredLoad[] };
        const latencies = { booksWriter: [] as number[], bare: [] as number[] };
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const prefix = `bench-s${level.sessions}-t${trial}`;
          const runBooksWriter = async () =>
            trials.booksWriter.push(await load(booksWriter, prefix, level, latencies.booksWriter));
          const runBare = async () => trials.bare.push(await load(bare, prefix, level, latencies.bare));
          if (trial % 2 === 0) {
            await runBooksWriter();
            await runBare();
          } else {
            await runBare();
            await runBooksWriter();
          }
        }
        const levelResult: StreamingLevelResult = {
          level,
          booksWriter: figures(trials.booksWriter, latencies.booksWriter),
          bare: figures(trials.bare, latencies.bare),
          loadAverage: [loadBefore, readLoadAverage()],
          trials,
        };
        options.log(
          `${level.sessions} session(s): BooksWriter ${Math.round(levelResult.booksWriter.chunksPerSecond)} chunks/s ` +
            `${Math.round(levelResult.booksWriter.textPerSecond)} chars/s, bare ws ` +
            `${Math.round(levelResult.bare.chunksPerSecond)} chunks/s ` +
            `${Math.round(levelResult.bare.textPerSecond)} chars/s (median of ${TRIALS}; cores used by ` +
            `server/client: BooksWriter ${levelResult.booksWriter.serverCpu.toFixed(2)}/` +
            `${levelResult.booksWriter.clientCpu.toFixed(2)}, bare ${levelResult.bare.serverCpu.toFixed(2)}/` +
            `${levelResult.bare.clientCpu.toFixed(2)}; ` +
            `load average ${levelResult.loadAverage.map((l) => l.toFixed(1)).join(' → ')})`,
        );
        results.push(levelResult);
      }
      result = {
        recordedTurn: {
          frames: recorded.frames.length,
          chunks: recorded.chunks,
          bytes: framesText.length,
          textChars: deltas.join('').length,
        },
        booksWriterTurns,
        booksWriterCpuSeconds: await readCpuSeconds(booksWriter.pid),
        trials: TRIALS,
        levels: results,
      };
    } finally {
      await bare.stop();
    }
  } catch (error) {
    await paced.stop();
    throw error;
  } finally {
    await booksWriter.stop();
  }
  let writersPerCore: StreamingBenchmarkResult['writersPerCore'];
  try {
    options.log(`writers at ${1000 / DELTA_DELAY_MS} deltas/s, up to the first level that fails:`);
    const booksWriterWriters = await measureWritersPerCore(
      paced,
      'bench-paced',
      STREAMING_PROMPT,
      options.log,
    );
    await paced.stop();
    const pacedBare = await startBareServer({
      turnFramesPath: framesPath,
      maxOpenFiles: options.maxOpenFiles,
      deltaDelayMs: DELTA_DELAY_MS,
    });
    try {
      const bareWriters = await measureWritersPerCore(
        pacedBare,
        'bench-paced',
        STREAMING_PROMPT,
        options.log,
      );
      writersPerCore = { booksWriter: booksWriterWriters, bare: bareWriters };
    } finally {
      await pacedBare.stop();
    }
  } finally {
    await paced.stop();
  }
  // Measured with both servers stopped, so it has the CPU to itself.
  await measureStreamTextCeiling(deltas, 20);
  const streamTextCeiling = await measureStreamTextCeiling(deltas, CEILING_RUNS);
  options.log(`streamText alone: ${Math.round(streamTextCeiling)} chunks/s`);
  return { ...result, writersPerCore, streamTextCeiling };
}

const CEILING_RUNS = 200;
