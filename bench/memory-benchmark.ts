// Benchmark 2: resident memory per idle connection, BooksWriter against a bare ws server, each in its own process.
import { join } from 'node:path';
import { startBareServer } from './bare-server.ts';
import { startBooksWriter } from './bookswriter-server.ts';
import { type IdleMemoryResult, measureIdleMemory } from './idle-memory.ts';
import type { ServerProcess } from './server-process.ts';

export interface MemoryBenchmarkOptions {
  workDir: string;
  connections: number;
  /** Client processes sharing the connections. */
  workers: number;
  maxOpenFiles: number;
  log: (line: string) => void;
}

export interface MemoryBenchmarkResult {
  booksWriter: IdleMemoryResult;
  bare: IdleMemoryResult;
}

/** Connections opened and closed before the baseline reading, so code loaded on first use is not charged to them. */
const WARM_UP_CONNECTIONS = 20;

async function measure(server: ServerProcess, options: MemoryBenchmarkOptions): Promise<IdleMemoryResult> {
  try {
    const common = { server, workers: options.workers, maxOpenFiles: options.maxOpenFiles };
    await measureIdleMemory({
      ...common,
      connections: WARM_UP_CONNECTIONS,
      sessionPrefix: 'bench-idle-warm',
    });
    const result = await measureIdleMemory({
      ...common,
      connections: options.connections,
      sessionPrefix: 'bench-idle',
    });
    options.log(
      `${server.name}: ${result.stillOpen} idle connections, ` +
        `${Math.round(result.bytesPerConnection / 1024)} KB each`,
    );
    return result;
  } finally {
    await server.stop();
  }
}

export async function runMemoryBenchmark(options: MemoryBenchmarkOptions): Promise<MemoryBenchmarkResult> {
  const booksWriter = await measure(
    await startBooksWriter({
      databasePath: join(options.workDir, 'memory.db'),
      maxOpenFiles: options.maxOpenFiles,
    }),
    options,
  );
  const bare = await measure(await startBareServer({ maxOpenFiles: options.maxOpenFiles }), options);
  return { booksWriter, bare };
}
