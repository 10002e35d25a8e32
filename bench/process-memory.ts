// Resident memory of another process, read from /proc/<pid>/status (Linux only), in bytes.
import { readFile } from 'node:fs/promises';

export class ProcessMemoryUnavailableError extends Error {
  readonly code = 'PROCESS_MEMORY_UNAVAILABLE';
}

/** Parses the `VmRSS:  12345 kB` line of a /proc status file. */
export function parseVmRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new ProcessMemoryUnavailableError('No VmRSS line in the process status');
  return Number(match[1]) * 1024;
}

export async function readRssBytes(pid: number): Promise<number> {
  let status: string;
  try {
    status = await readFile(`/proc/${pid}/status`, 'utf8');
  } catch (error) {
    throw new ProcessMemoryUnavailableError(`Cannot read /proc/${pid}/status: ${String(error)}`, {
      cause: error,
    });
  }
  return parseVmRss(status);
}
