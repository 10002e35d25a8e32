// Benchmark 3: session_restore of a 2,000-message transcript, cold and warm, against a bare ws send of the same bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBareServer } from './bare-server.ts';
import { startBooksWriter } from './bookswriter-server.ts';
import { type Distribution, describeDistribution } from './percentiles.ts';
import { type RestoreTiming, timeJsonParse, timeRestore } from './restore-timing.ts';
import { seedTranscripts, TWO_THOUSAND_MESSAGES } from './seed-transcript.ts';

export interface RestoreBenchmarkOptions {
  workDir: string;
  runs: number;
  maxOpenFiles: number;
  log: (line: string) => void;
}

export interface RestoreSeries {
  restoreMs: Distribution;
  connectToStateMs: Distribution;
}

export interface RestoreBenchmarkResult {
  messagesPerSession: number;
  payloadBytes: number;
  seedSeconds: number;
  /** Each run on a different session that is in the database but not in the server's memory. */
  cold: RestoreSeries;
  /** Each run on a fresh connection to a session already in memory. */
  warm: RestoreSeries;
  /** The same bytes sent by a bare ws server on request. */
  bare: RestoreSeries;
  /** JSON.parse of the payload alone, in the client process. */
  jsonParseMs: Distribution;
}

export class RestoreMismatchError extends Error {
  readonly code = 'RESTORE_INCOMPLETE';
}

const RESTORE_TIMEOUT_MS = 10_000;

function series(timings: RestoreTiming[]): RestoreSeries {
  return {
    restoreMs: describeDistribution(timings.map((t) => t.restoreMs)),
    connectToStateMs: describeDistribution(timings.map((t) => t.connectToStateMs)),
  };
}

async function timeRuns(baseUrl: string, sessionIds: readonly string[], expectedMessages: number) {
  const timings: RestoreTiming[] = [];
  for (const sessionId of sessionIds) {
    const timing = await timeRestore(baseUrl, sessionId, RESTORE_TIMEOUT_MS);
    if (timing.messages !== expectedMessages)
      throw new RestoreMismatchError(
        `${sessionId} restored ${timing.messages} of ${expectedMessages} messages`,
      );
    timings.push(timing);
  }
  return timings;
}

export async function runRestoreBenchmark(options: RestoreBenchmarkOptions): Promise<RestoreBenchmarkResult> {
  const databasePath = join(options.workDir, 'restore.db');
  // One more session than runs: the first restore of a fresh process is JIT warm-up, not a session load.
  const warmUpId = 'bench-restore-warm-up';
  const coldIds = Array.from({ length: options.runs }, (_, i) => `bench-restore-${i}`);
  const seededAt = Date.now();
  const messagesPerSession = await seedTranscripts(
    databasePath,
    [warmUpId, ...coldIds],
    TWO_THOUSAND_MESSAGES,
  );
  const seedSeconds = (Date.now() - seededAt) / 1000;
  options.log(
    `seeded ${coldIds.length + 1} sessions of ${messagesPerSession} messages in ${seedSeconds.toFixed(1)} s`,
  );

  const booksWriter = await startBooksWriter({ databasePath, maxOpenFiles: options.maxOpenFiles });
  let cold: RestoreTiming[];
  let warm: RestoreTiming[];
  try {
    const url = `ws://127.0.0.1:${booksWriter.port}`;
    await timeRuns(url, [warmUpId, warmUpId], messagesPerSession);
    cold = await timeRuns(url, coldIds, messagesPerSession);
    warm = await timeRuns(url, Array(options.runs).fill(coldIds[0]), messagesPerSession);
  } finally {
    await booksWriter.stop();
  }

  const payload = (warm[0] as RestoreTiming).payload;
  const payloadPath = join(options.workDir, 'restore-payload.json');
  writeFileSync(payloadPath, payload);
  const bare = await startBareServer({ restorePayloadPath: payloadPath, maxOpenFiles: options.maxOpenFiles });
  let bareTimings: RestoreTiming[];
  try {
    const url = `ws://127.0.0.1:${bare.port}`;
    await timeRuns(url, ['warm-up', 'warm-up'], messagesPerSession);
    bareTimings = await timeRuns(url, Array(options.runs).fill('bare'), messagesPerSession);
  } finally {
    await bare.stop();
  }

  const result: RestoreBenchmarkResult = {
    messagesPerSession,
    payloadBytes: Buffer.byteLength(payload),
    seedSeconds,
    cold: series(cold),
    warm: series(warm),
    bare: series(bareTimings),
    jsonParseMs: describeDistribution(timeJsonParse(payload, options.runs)),
  };
  options.log(
    `restore of ${(result.payloadBytes / 1024 / 1024).toFixed(2)} MB: cold p50 ${result.cold.restoreMs.p50.toFixed(1)} ms, ` +
      `warm p50 ${result.warm.restoreMs.p50.toFixed(1)} ms, bare p50 ${result.bare.restoreMs.p50.toFixed(1)} ms`,
  );
  return result;
}
