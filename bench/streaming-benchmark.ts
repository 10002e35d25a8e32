// Benchmark 1: chunk throughput and delivery latency, BooksWriter against a bare ws server replaying its frames.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBareServer } from './bare-server.ts';
import { startBooksWriter } from './bookswriter-server.ts';
import { recordTurn } from './record-turn.ts';
import { runStreamLoad, type StreamLoadResult } from './stream-load.ts';

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

/** One prompt for every session, so each BooksWriter turn is the same kind of turn the bare server replays. */
export const STREAMING_PROMPT = 'Create a fantasy novel with dragons and magic';

export interface StreamingBenchmarkResult {
  recordedTurn: { frames: number; chunks: number; bytes: number };
  levels: { level: StreamingLevel; booksWriter: StreamLoadResult; bare: StreamLoadResult }[];
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

export async function runStreamingBenchmark(
  options: StreamingBenchmarkOptions,
): Promise<StreamingBenchmarkResult> {
  const levels = options.levels ?? STREAMING_LEVELS;
  const booksWriter = await startBooksWriter({
    databasePath: join(options.workDir, 'streaming.db'),
    maxOpenFiles: options.maxOpenFiles,
    nodeFlags: options.profileArgs,
  });
  try {
    const booksWriterUrl = `ws://127.0.0.1:${booksWriter.port}`;
    const recorded = await recordTurn(booksWriterUrl, 'bench-recorded-turn', STREAMING_PROMPT, 60_000);
    const framesPath = join(options.workDir, 'turn-frames.json');
    const framesText = JSON.stringify(recorded.frames);
    writeFileSync(framesPath, framesText);
    options.log(`recorded one turn: ${recorded.frames.length} frames, ${recorded.chunks} chunks`);

    const bare = await startBareServer({ turnFramesPath: framesPath, maxOpenFiles: options.maxOpenFiles });
    try {
      const bareUrl = `ws://127.0.0.1:${bare.port}`;
      const load = (baseUrl: string, sessionPrefix: string, level: StreamingLevel) =>
        runStreamLoad({
          baseUrl,
          sessionPrefix,
          sessions: level.sessions,
          turnsPerSession: level.turnsPerSession,
          prompts: [STREAMING_PROMPT],
          timeoutMs: LOAD_TIMEOUT_MS,
        });
      // Both servers run a small load first so neither is measured while its code is still being compiled.
      const warmUp = { sessions: 20, turnsPerSession: 2 };
      await load(booksWriterUrl, 'bench-warm', warmUp);
      await load(bareUrl, 'bench-warm', warmUp);

      const results: StreamingBenchmarkResult['levels'] = [];
      for (const level of levels) {
        const prefix = `bench-s${level.sessions}`;
        const measured = await load(booksWriterUrl, prefix, level);
        const baseline = await load(bareUrl, prefix, level);
        options.log(
          `${level.sessions} sessions: BooksWriter ${Math.round(measured.chunksPerSecond)} chunks/s, ` +
            `bare ws ${Math.round(baseline.chunksPerSecond)} chunks/s`,
        );
        results.push({ level, booksWriter: measured, bare: baseline });
      }
      return {
        recordedTurn: { frames: recorded.frames.length, chunks: recorded.chunks, bytes: framesText.length },
        levels: results,
      };
    } finally {
      await bare.stop();
    }
  } finally {
    await booksWriter.stop();
  }
}
