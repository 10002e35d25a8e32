// Starts `server/main.ts` in a process of its own, for tests of what only separate processes show.
import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Everything it has printed so far, stdout and stderr interleaved. */
  output(): string;
  /** SIGTERM, resolved when it has exited. */
  stop(): Promise<void>;
}

/** Resolves with the port once the server says it is running; rejects with its output if it exits first. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const inherited = { ...process.env };
  for (const key of Object.keys(inherited))
    if (/API_KEY|BASE_URL|BOOKSWRITER_MODEL/.test(key)) delete inherited[key];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...inherited, PORT: '0', BOOKSWRITER_OFFLINE_DELAY_MS: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 60_000);
    const onData = (data: Buffer) => {
      output += String(data);
      const match = /running at http:\/\/[^:]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
