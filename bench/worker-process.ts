// Starts a load-generating worker (a TypeScript file run by tsx) in its own process, with an IPC channel.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export class WorkerFailedError extends Error {
  readonly code = 'WORKER_FAILED';
}

export function startWorker(script: string, maxOpenFiles: number): ChildProcess {
  return spawn(
    'bash',
    ['-c', `ulimit -n ${maxOpenFiles} && exec "$0" "$@"`, process.execPath, '--import', 'tsx', script],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
}

/** Sends a request and waits for the worker's next message, failing if the worker exits or takes too long. */
export async function ask<T>(worker: ChildProcess, request: unknown, timeoutMs: number): Promise<T> {
  const reply = once(worker, 'message') as Promise<[T]>;
  const exit = once(worker, 'exit').then(([code]) => {
    throw new WorkerFailedError(`worker exited with ${String(code)} before replying`);
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WorkerFailedError(`worker gave no reply within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  worker.send(request as object);
  try {
    const [message] = await Promise.race([reply, exit, late]);
    return message;
  } finally {
    clearTimeout(timer);
    exit.catch(() => {});
  }
}

export async function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = once(worker, 'exit');
  worker.kill('SIGTERM');
  await exited;
}
