// The machine's 1-minute load average, recorded beside each figure: other processes on a small machine skew it.
import { loadavg } from 'node:os';

export function readLoadAverage(): number {
  return loadavg()[0] ?? 0;
}
