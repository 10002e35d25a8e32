// `pnpm bench`: builds if needed, runs the benchmarks against their baselines, prints the table, saves JSON.
// Options: --only=streaming,memory,restore,library,browser,manuscript (a subset; soak runs only when named), --soak-minutes=N,
// --profile (CPU profile of BooksWriter while it streams).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt } from './bookswriter-server.ts';
import { type BrowserSizeResult, runBrowserBenchmark } from './browser-benchmark.ts';
import { browserTable } from './browser-report.ts';
import { runLibraryBenchmark } from './library-benchmark.ts';
import { describeMachine } from './machine.ts';
import { runManuscriptBenchmark } from './manuscript-benchmark.ts';
import { runMemoryBenchmark } from './memory-benchmark.ts';
import { type CpuProfile, costPerDelta, summarizeProfile } from './profile-summary.ts';
import { type BenchmarkResults, buildReport } from './report.ts';
import { runRestoreBenchmark } from './restore-benchmark.ts';
import { runSoak } from './soak/soak-benchmark.ts';
import { runStreamingBenchmark } from './streaming-benchmark.ts';

const BENCHMARKS = ['streaming', 'memory', 'restore', 'library', 'browser', 'manuscript', 'soak'] as const;
/** Run when no --only is given; the soak takes minutes and runs only when asked for. */
const DEFAULT_BENCHMARKS: readonly BenchmarkName[] = [
  'streaming',
  'memory',
  'restore',
  'library',
  'browser',
  'manuscript',
];
type BenchmarkName = (typeof BENCHMARKS)[number];

export class BenchUsageError extends Error {
  readonly code = 'BENCH_USAGE';
}

function parseArguments(args: readonly string[]): {
  only: BenchmarkName[];
  profile: boolean;
  soakMinutes: number;
} {
  let only: BenchmarkName[] = [...DEFAULT_BENCHMARKS];
  let profile = false;
  let soakMinutes = DEFAULT_SOAK_MINUTES;
  for (const arg of args) {
    if (arg === '--profile') profile = true;
    else if (arg.startsWith('--soak-minutes=')) {
      soakMinutes = Number(arg.slice('--soak-minutes='.length));
      if (!Number.isInteger(soakMinutes) || soakMinutes < 1 || soakMinutes > MAX_SOAK_MINUTES)
        throw new BenchUsageError(`--soak-minutes takes a whole number from 1 to ${MAX_SOAK_MINUTES}`);
    } else if (arg.startsWith('--only=')) {
      const names = arg.slice('--only='.length).split(',');
      const unknown = names.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
      if (unknown.length > 0)
        throw new BenchUsageError(
          `unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}`,
        );
      only = names as BenchmarkName[];
    } else
      throw new BenchUsageError(
        `unknown option ${arg}; use --only=streaming,memory,restore,library,browser,manuscript,soak, --soak-minutes=N or --profile`,
      );
  }
  return { only, profile, soakMinutes };
}

/** Descriptors each process may hold: 5,000 connections plus the database, logs and modules. */
const MAX_OPEN_FILES = 12_000;
const IDLE_CONNECTIONS = 5_000;
const RESTORE_RUNS = 20;
/** Sessions opened per transcript length; half stream with every-frame flushing for comparison. */
const BROWSER_RUNS = 3;
const LIBRARY_ITEMS = 100_000;
/** The soak is bounded: it stops by itself after this many minutes (default) or at most MAX_SOAK_MINUTES. */
const DEFAULT_SOAK_MINUTES = 5;
const MAX_SOAK_MINUTES = 60;
const SOAK_WRITERS = 20;
const SOAK_IDLE_CONNECTIONS = 30;
const LIBRARY_RUNS_PER_CASE = 200;
const RESULTS_DIR = 'bench/results';

/** Prints where the BooksWriter process spent its time while streaming, from the profile it wrote at exit. */
function printNewestProfile(
  dir: string,
  deltas: number,
  cpuSeconds: number,
): (ReturnType<typeof summarizeProfile> & { costPerDelta: ReturnType<typeof costPerDelta> }) | undefined {
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) return undefined;
  const profile = JSON.parse(readFileSync(newest, 'utf8')) as CpuProfile;
  const summary = summarizeProfile(profile);
  const split = costPerDelta(profile, deltas, cpuSeconds);
  const line = (s: { name: string; ms: number; share: number }) =>
    `    ${(s.share * 100).toFixed(1).padStart(5)} %  ${Math.round(s.ms).toString().padStart(6)} ms  ${s.name}`;
  console.log(`  CPU profile ${newest} (${Math.round(summary.totalMs)} ms), self time by owner:`);
  for (const owner of summary.owners) console.log(line(owner));
  console.log('  by function:');
  for (const fn of summary.functions) console.log(line(fn));
  const total = split.reduce((sum, s) => sum + s.us, 0);
  console.log(`  CPU time per delta over ${deltas.toLocaleString('en-US')} deltas: ${total.toFixed(1)} µs`);
  for (const s of split) console.log(`    ${s.us.toFixed(2).padStart(7)} µs  ${s.part}`);
  return { ...summary, costPerDelta: split };
}

async function main(): Promise<void> {
  const { only, profile, soakMinutes } = parseArguments(process.argv.slice(2));
  if (process.platform !== 'linux')
    throw new BenchUsageError('the benchmarks read /proc and run on Linux only');
  // The library benchmark runs in this process; the others start the built server.
  if (only.some((name) => name !== 'library')) ensureBuilt();
  const machine = describeMachine();
  const startedAt = new Date();
  const log = (line: string) => console.log(`  ${line}`);
  console.log(
    `BooksWriter benchmarks on ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'bookswriter-bench-'));
  const results: BenchmarkResults = {};
  let browser: BrowserSizeResult[] | undefined;
  let profileSummary: ReturnType<typeof printNewestProfile>;
  const profileDir = resolve(RESULTS_DIR, 'profiles');
  try {
    if (only.includes('streaming')) {
      console.log('1. chunk throughput and delivery latency');
      if (profile) mkdirSync(profileDir, { recursive: true });
      results.streaming = await runStreamingBenchmark({
        workDir,
        maxOpenFiles: MAX_OPEN_FILES,
        profileArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : undefined,
        log,
      });
      const { booksWriterTurns, booksWriterCpuSeconds, recordedTurn } = results.streaming;
      if (profile)
        profileSummary = printNewestProfile(
          profileDir,
          booksWriterTurns * recordedTurn.chunks,
          booksWriterCpuSeconds,
        );
    }
    if (only.includes('memory')) {
      console.log(`2. memory per idle connection at ${IDLE_CONNECTIONS.toLocaleString('en-US')} connections`);
      results.memory = await runMemoryBenchmark({
        workDir,
        connections: IDLE_CONNECTIONS,
        workers: 2,
        maxOpenFiles: MAX_OPEN_FILES,
        log,
      });
    }
    if (only.includes('restore')) {
      console.log('3. session_restore of a 2,000-message transcript');
      results.restore = await runRestoreBenchmark({
        workDir,
        runs: RESTORE_RUNS,
        maxOpenFiles: MAX_OPEN_FILES,
        log,
      });
    }
    if (only.includes('browser')) {
      console.log('4. the studio in Chromium: opening and streaming into 200, 1,000 and 2,000 messages');
      browser = await runBrowserBenchmark({ workDir, runs: BROWSER_RUNS, maxOpenFiles: MAX_OPEN_FILES, log });
      console.log(`\n${browserTable(browser)}\n`);
    }
    if (only.includes('manuscript')) {
      console.log('4b. the book drawer in Chromium with a 90-scene, 100,000-word manuscript');
      const book = await runManuscriptBenchmark({
        workDir,
        runs: BROWSER_RUNS,
        maxOpenFiles: MAX_OPEN_FILES,
        log,
      });
      const row = (label: string, d: { p50: number; max: number }, unit: string) =>
        `  ${label.padEnd(34)} median ${Math.round(d.p50)} ${unit}, max ${Math.round(d.max)} ${unit}`;
      console.log(`\n  ${book.scenes} scenes, ${book.words.toLocaleString('en-US')} words`);
      console.log(row('click → first prose visible', book.openMs, 'ms'));
      console.log(row('longest task while opening', book.longestTaskMs, 'ms'));
      console.log(row('DOM nodes when open', book.domNodes, ''));
      console.log(row('scroll to the end: frame p95', book.scrollFrameP95Ms, 'ms'));
      console.log(row('scroll to the end: longest frame', book.scrollFrameMaxMs, 'ms'));
    }
    if (only.includes('library')) {
      console.log(`5. library list and search over ${LIBRARY_ITEMS.toLocaleString('en-US')} plots`);
      results.library = await runLibraryBenchmark({
        workDir,
        items: LIBRARY_ITEMS,
        runsPerCase: LIBRARY_RUNS_PER_CASE,
        log,
      });
    }
    if (only.includes('soak')) {
      console.log(
        `6. soak: ${SOAK_WRITERS} writers and ${SOAK_IDLE_CONNECTIONS} idle connections for ${soakMinutes} min`,
      );
      results.soak = await runSoak({
        workDir,
        minutes: soakMinutes,
        writers: SOAK_WRITERS,
        idleConnections: SOAK_IDLE_CONNECTIONS,
        maxOpenFiles: MAX_OPEN_FILES,
        log,
      });
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  const { table, verdicts, problems } = buildReport(results);
  // The server table has nothing to show when only the browser benchmark ran.
  if (Object.keys(results).length > 0) console.log(`\n${table}\n`);
  for (const problem of problems) console.log(`Problem: ${problem}`);
  const missed = verdicts.filter((v) => !v.met);
  if (verdicts.length > 0)
    console.log(
      missed.length === 0
        ? `All ${verdicts.length} targets met.`
        : `Missed: ${missed.map((v) => `${v.figure} = ${v.value.toFixed(2)} (target ${v.target})`).join('; ')}`,
    );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${startedAt.toISOString().replaceAll(':', '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ startedAt, machine, results, browser, verdicts, problems, profileSummary }, null, 2)}\n`,
  );
  console.log(`Raw results: ${file}${profile ? `; CPU profiles: ${profileDir}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
