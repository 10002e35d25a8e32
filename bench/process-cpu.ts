// CPU time another process has used, from /proc/<pid>/stat (Linux only), in seconds.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export class ProcessCpuUnavailableError extends Error {
  readonly code = 'PROCESS_CPU_UNAVAILABLE';
}

/** utime + stime, in clock ticks, from a /proc/<pid>/stat line (the command name may hold spaces). */
export function parseCpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name, field 3 (state) is index 0, so utime (14) and stime (15) are indexes 11 and 12.
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system))
    throw new ProcessCpuUnavailableError('No utime/stime in the process stat line');
  return user + system;
}

let ticksPerSecond: number | undefined;

export async function readCpuSeconds(pid: number): Promise<number> {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    throw new ProcessCpuUnavailableError(`Cannot read /proc/${pid}/stat: ${String(error)}`, { cause: error });
  }
  return parseCpuTicks(stat) / ticksPerSecond;
}
