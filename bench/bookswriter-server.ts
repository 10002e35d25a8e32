// Runs the production build of BooksWriter (dist/) in its own process on a loopback port and a given database.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type ServerProcess, startServerProcess } from './server-process.ts';

/** The build measured; BENCH_SERVER_ENTRY names another (e.g. an older build kept for a before/after run). */
export const SERVER_ENTRY = process.env.BENCH_SERVER_ENTRY ?? 'dist/node/server/main.js';

/** Builds once when there is no build; a stale build is the caller's to refresh (`pnpm build`). */
export function ensureBuilt(): void {
  if (existsSync(SERVER_ENTRY)) return;
  console.log('No build found: running pnpm build first…');
  execSync('pnpm build', { stdio: 'inherit' });
}

/** Provider keys would switch the default model away from the offline one; the benchmark never uses them. */
const PROVIDER_VARIABLES = /^(GOOGLE_GENERATIVE_AI_|OPENAI_|ANTHROPIC_|OPENAI_COMPATIBLE_|BOOKSWRITER_)/;

export interface BooksWriterOptions {
  databasePath: string;
  maxOpenFiles: number;
  /** Overrides on top of the benchmark defaults. */
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export function startBooksWriter(options: BooksWriterOptions): Promise<ServerProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !PROVIDER_VARIABLES.test(entry[0]),
    ),
  );
  return startServerProcess({
    name: 'BooksWriter',
    nodeArgs: [
      '--expose-gc',
      '--import',
      './bench/gc-on-signal.mjs',
      ...(options.nodeFlags ?? []),
      SERVER_ENTRY,
    ],
    env: {
      ...inherited,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: options.databasePath,
      BOOKSWRITER_MODEL: 'offline:bookswriter-offline',
      BOOKSWRITER_OFFLINE_DELAY_MS: '0',
      // Benchmarks drive many sessions from one address: no per-client limit may shape the numbers.
      RATE_LIMIT_MAX_MESSAGES: '100000',
      RATE_LIMIT_OWNER_MAX_MESSAGES: '1000000',
      RATE_LIMIT_ADDRESS_MAX_MESSAGES: '1000000',
      MAX_QUEUED_TURNS: '10000',
      RESTORE_LIMIT_PER_CONNECTION: '1000000',
      RESTORE_LIMIT_PER_SESSION: '1000000',
      RESTORE_LIMIT_PER_OWNER: '1000000',
      RESTORE_LIMIT_PER_ADDRESS: '1000000',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    readyLine: /running at http:\/\/[^\s:]+:(\d+)/,
    maxOpenFiles: options.maxOpenFiles,
  });
}
