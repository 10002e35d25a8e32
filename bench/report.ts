// Turns the three benchmarks' results into the report table, each figure beside its baseline and target.
import type { LibraryBenchmarkResult } from './library-benchmark.ts';
import { libraryRows } from './library-report.ts';
import type { MemoryBenchmarkResult } from './memory-benchmark.ts';
import { type Cell, formatFigure, formatTable } from './report-table.ts';
import type { RestoreBenchmarkResult, RestoreSeries } from './restore-benchmark.ts';
import type { SoakResult } from './soak/soak-benchmark.ts';
import type { StreamingBenchmarkResult } from './streaming-benchmark.ts';

export const Targets = {
  /** BooksWriter's text delivered per second as a share of the bare ws relay's, from this many sessions up. */
  minThroughputRatio: 0.5,
  throughputFromSessions: 100,
  /** p99 delivery latency at those levels. */
  maxP99LatencyMs: 50,
  /**
   * Writers at 50 deltas a second with p99 under 100 ms, no loss and the pace held: four times the
   * roughly 150 a core that the chunk rate of November 2026 (about 7,700 deltas/s) allowed.
   */
  minWritersPerCore: 600,
  maxBytesPerIdleConnection: 30 * 1024,
  /** p95 of session_restore, cold and warm. */
  maxRestoreMs: 100,
} as const;

export interface BenchmarkResults {
  streaming?: StreamingBenchmarkResult;
  memory?: MemoryBenchmarkResult;
  restore?: RestoreBenchmarkResult;
  library?: LibraryBenchmarkResult;
  soak?: SoakResult;
}

export interface Verdict {
  figure: string;
  value: number;
  target: string;
  met: boolean;
}

const HEADER = ['measure', 'BooksWriter', 'bare ws', 'BooksWriter / bare', 'target', 'met'];

type Row = [string, Cell, Cell, Cell, string, string];

function ratio(value: number, baseline: number): string {
  return baseline > 0 ? `${formatFigure(value / baseline)}×` : 'n/a';
}

function yesNo(met: boolean | undefined): string {
  return met === undefined ? '' : met ? 'yes' : 'NO';
}

/** Latencies are whole milliseconds (the server stamps ISO times to the millisecond). */
function wholeMs(value: number | undefined): string {
  return value === undefined ? 'n/a' : String(Math.round(value));
}

function streamingRows(streaming: StreamingBenchmarkResult, verdicts: Verdict[], problems: string[]): Row[] {
  const rows: Row[] = [];
  for (const { level, booksWriter, bare } of streaming.levels) {
    for (const problem of booksWriter.problems)
      problems.push(`BooksWriter, ${level.sessions} sessions: ${problem}`);
    for (const problem of bare.problems) problems.push(`bare ws, ${level.sessions} sessions: ${problem}`);
    const targeted = level.sessions >= Targets.throughputFromSessions;
    const share = bare.textPerSecond > 0 ? booksWriter.textPerSecond / bare.textPerSecond : 0;
    const throughputMet = targeted ? share >= Targets.minThroughputRatio : undefined;
    if (targeted)
      verdicts.push({
        figure: `text share, ${level.sessions} sessions`,
        value: share,
        target: `≥ ${Targets.minThroughputRatio}`,
        met: share >= Targets.minThroughputRatio,
      });
    rows.push([
      `text chars/s, ${level.sessions} session${level.sessions === 1 ? '' : 's'}`,
      formatFigure(booksWriter.textPerSecond),
      formatFigure(bare.textPerSecond),
      ratio(booksWriter.textPerSecond, bare.textPerSecond),
      targeted ? `≥ ${Targets.minThroughputRatio * 100} % of bare` : '',
      yesNo(throughputMet),
    ]);
    rows.push([
      '  chars per server CPU second',
      formatFigure(booksWriter.textPerServerCpuSecond),
      formatFigure(bare.textPerServerCpuSecond),
      ratio(booksWriter.textPerServerCpuSecond, bare.textPerServerCpuSecond),
      '',
      '',
    ]);
    rows.push([
      '  chunks/s',
      formatFigure(booksWriter.chunksPerSecond),
      formatFigure(bare.chunksPerSecond),
      ratio(booksWriter.chunksPerSecond, bare.chunksPerSecond),
      '',
      '',
    ]);
    const mine = booksWriter.latencyMs;
    const theirs = bare.latencyMs;
    rows.push([`  latency p50 ms`, wholeMs(mine?.p50), wholeMs(theirs?.p50), '', '', '']);
    const p99Met = targeted && mine ? mine.p99 <= Targets.maxP99LatencyMs : undefined;
    if (targeted && mine)
      verdicts.push({
        figure: `p99 latency, ${level.sessions} sessions (ms)`,
        value: mine.p99,
        target: `≤ ${Targets.maxP99LatencyMs}`,
        met: mine.p99 <= Targets.maxP99LatencyMs,
      });
    rows.push([
      `  latency p99 ms`,
      wholeMs(mine?.p99),
      wholeMs(theirs?.p99),
      '',
      targeted ? `≤ ${Targets.maxP99LatencyMs} ms` : '',
      yesNo(p99Met),
    ]);
  }
  const writers = streaming.writersPerCore;
  const writersMet = writers.booksWriter.writers >= Targets.minWritersPerCore;
  verdicts.push({
    figure: 'writers at 50 deltas/s',
    value: writers.booksWriter.writers,
    target: `≥ ${Targets.minWritersPerCore}`,
    met: writersMet,
  });
  rows.push([
    'writers at 50 deltas/s (p99 < 100 ms, no loss)',
    String(writers.booksWriter.writers),
    String(writers.bare.writers),
    ratio(writers.booksWriter.writers, writers.bare.writers),
    `≥ ${Targets.minWritersPerCore}`,
    yesNo(writersMet),
  ]);
  rows.push([
    '  server cores used there',
    formatFigure(writers.booksWriter.serverCpu),
    formatFigure(writers.bare.serverCpu),
    '',
    '',
    '',
  ]);
  rows.push([
    '  ceiling: streamText alone, deltas/s',
    formatFigure(streaming.streamTextCeiling),
    '',
    '',
    '',
    '',
  ]);
  return rows;
}

function memoryRows(memory: MemoryBenchmarkResult, verdicts: Verdict[]): Row[] {
  const mine = memory.booksWriter.bytesPerConnection;
  const met = mine <= Targets.maxBytesPerIdleConnection;
  verdicts.push({ figure: 'bytes per idle connection', value: mine, target: '≤ 30 KB', met });
  return [
    [
      `KB per idle connection (${memory.booksWriter.stillOpen} open)`,
      formatFigure(mine / 1024),
      formatFigure(memory.bare.bytesPerConnection / 1024),
      ratio(mine, memory.bare.bytesPerConnection),
      '≤ 30 KB',
      yesNo(met),
    ],
  ];
}

function restoreRows(restore: RestoreBenchmarkResult, verdicts: Verdict[]): Row[] {
  const rows: Row[] = [];
  const add = (name: string, series: RestoreSeries) => {
    const met = series.restoreMs.p95 <= Targets.maxRestoreMs;
    verdicts.push({ figure: `restore p95, ${name} (ms)`, value: series.restoreMs.p95, target: '≤ 100', met });
    rows.push([
      `restore ${name} p50 ms`,
      formatFigure(series.restoreMs.p50),
      formatFigure(restore.bare.restoreMs.p50),
      ratio(series.restoreMs.p50, restore.bare.restoreMs.p50),
      '',
      '',
    ]);
    rows.push([
      `restore ${name} p95 ms`,
      formatFigure(series.restoreMs.p95),
      formatFigure(restore.bare.restoreMs.p95),
      ratio(series.restoreMs.p95, restore.bare.restoreMs.p95),
      `≤ ${Targets.maxRestoreMs} ms`,
      yesNo(met),
    ]);
  };
  add('cold', restore.cold);
  add('warm', restore.warm);
  rows.push([
    `  JSON.parse of the ${formatFigure(restore.payloadBytes / 1024 / 1024)} MB state, p50 ms`,
    '',
    formatFigure(restore.jsonParseMs.p50),
    '',
    '',
    '',
  ]);
  return rows;
}

export function buildReport(results: BenchmarkResults): {
  table: string;
  verdicts: Verdict[];
  /** Anything that makes a figure suspect: errors, interrupted turns, dropped connections. */
  problems: string[];
} {
  const verdicts: Verdict[] = [];
  const problems: string[] = [];
  if (results.memory) {
    for (const [name, r] of [
      ['BooksWriter', results.memory.booksWriter],
      ['bare ws', results.memory.bare],
    ] as const) {
      if (r.stillOpen !== r.connections)
        problems.push(
          `${name}: ${r.stillOpen} of ${r.connections} idle connections still open (${r.failed} failed)`,
        );
    }
  }
  if (results.soak) {
    const { tally, walLeftBytes } = results.soak;
    if (tally.mismatches.length > 0)
      problems.push(`soak: ${tally.mismatches.length} stored transcripts differ from what a client saw`);
    if (tally.doubledChunks > 0)
      problems.push(`soak: ${tally.doubledChunks} chunks arrived twice on one connection`);
    if (walLeftBytes > 0) problems.push(`soak: the server left a ${walLeftBytes}-byte WAL behind`);
  }
  const rows: Row[] = [
    ...(results.streaming ? streamingRows(results.streaming, verdicts, problems) : []),
    ...(results.memory ? memoryRows(results.memory, verdicts) : []),
    ...(results.restore ? restoreRows(results.restore, verdicts) : []),
    ...(results.library ? libraryRows(results.library, verdicts) : []),
  ];
  return { table: formatTable(HEADER, rows, [1, 2, 3]), verdicts, problems };
}
