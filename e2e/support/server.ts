// Runs the built server (node dist/node/server/main.js) for end-to-end tests: free port, temp database, stop and restart.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BooksWriterServer {
  readonly url: string;
  readonly port: number;
  readonly databaseFile: string;
  /** Starts the process again on the same port and database. */
  start(): Promise<void>;
  /** SIGTERM, as an operator would stop it; resolves when the process has exited. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would end it. */
  kill(): Promise<void>;
  /** Stops it and removes its temp directory. */
  dispose(): Promise<void>;
  /** What the process printed, for failure messages. */
  output(): string;
}

export interface ServerOptions {
  offlineDelayMs?: number;
  env?: Record<string, string>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');
/** `pnpm build` writes the server to dist/node/server (its tsconfig's outDir); dist/server is the older layout. */
const SERVER_ENTRY = [
  join(ROOT, 'dist', 'node', 'server', 'main.js'),
  join(ROOT, 'dist', 'server', 'main.js'),
].find((path) => existsSync(path));

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Server did not become healthy in 20 s:\n${log()}`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

export async function startBooksWriter(options: ServerOptions = {}): Promise<BooksWriterServer> {
  if (!SERVER_ENTRY) throw new Error('No built server: run `pnpm build` before the end-to-end tests');
  const entry = SERVER_ENTRY;
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'bookswriter-e2e-'));
  const databaseFile = join(directory, 'bookswriter.db');
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let log = '';

  const start = async () => {
    const proc = spawn(process.execPath, [entry], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseFile,
        BOOKSWRITER_OFFLINE_DELAY_MS: String(options.offlineDelayMs ?? 15),
        WEB_ROOT: join(ROOT, 'dist', 'web'),
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout?.on('data', (data: Buffer) => {
      log += data.toString();
    });
    proc.stderr?.on('data', (data: Buffer) => {
      log += data.toString();
    });
    child = proc;
    await waitUntilHealthy(url, proc, () => log);
  };

  const end = async (signal: NodeJS.Signals) => {
    const proc = child;
    if (!proc) return;
    child = null;
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    await exited(proc);
    clearTimeout(timer);
  };

  await start();
  return {
    url,
    port,
    databaseFile,
    start,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    dispose: async () => {
      await end('SIGTERM');
      rmSync(directory, { recursive: true, force: true });
    },
    output: () => log,
  };
}
