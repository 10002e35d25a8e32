// Starts a server in its own process (under a raised descriptor limit), waits until it listens, and stops it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { readRssBytes } from './process-memory.ts';

export interface ServerProcessOptions {
  /** Shown in errors and in the report. */
  name: string;
  /** Arguments to `node`, script included. */
  nodeArgs: string[];
  env: Record<string, string>;
  /** Matched against each stdout line; group 1 is the port the server listens on. */
  readyLine: RegExp;
  /** `ulimit -n` for the process: every connection holds a descriptor. */
  maxOpenFiles: number;
  startTimeoutMs?: number;
}

export interface ServerProcess {
  name: string;
  pid: number;
  port: number;
  rssBytes(): Promise<number>;
  /** Throws if the process has exited since it started: a result measured across a restart would be wrong. */
  assertRunning(): void;
  /** Asks the process for a full collection (see gc-on-signal.mjs) and gives it a moment to finish. */
  collectGarbage(): Promise<void>;
  stop(): Promise<void>;
}

export class ServerStartError extends Error {
  readonly code = 'SERVER_START_FAILED';
}

export class ServerExitedError extends Error {
  readonly code = 'SERVER_EXITED';
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(
    'bash',
    ['-c', `ulimit -n ${options.maxOpenFiles} && exec "$0" "$@"`, process.execPath, ...options.nodeArgs],
    { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  const port = await waitForReadyLine(child, options, stderrTail);
  const pid = child.pid as number;
  let stopping = false;
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    exit = signal ? `signal ${signal}` : `code ${code}`;
  });
  return {
    name: options.name,
    pid,
    port,
    rssBytes: () => readRssBytes(pid),
    assertRunning() {
      if (exit !== undefined && !stopping)
        throw new ServerExitedError(
          `${options.name} exited (${exit}) during the run\n${stderrTail.join('\n')}`,
        );
    },
    async collectGarbage() {
      child.kill('SIGUSR2');
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
    stop: () => {
      stopping = true;
      return stopProcess(child);
    },
  };
}

function waitForReadyLine(
  child: ChildProcess,
  options: ServerProcessOptions,
  stderrTail: string[],
): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new ServerStartError(`${options.name} did not start: ${why}\n${stderrTail.join('\n')}`));
    };
    const timer = setTimeout(() => fail('no ready line in time'), options.startTimeoutMs ?? 30_000);
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal}`));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const port = options.readyLine.exec(line)?.[1];
      if (port === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(Number(port));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
