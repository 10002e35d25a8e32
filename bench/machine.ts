// Describes the machine a benchmark ran on, for the report: cores, CPU model, memory, Node version.
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

export interface MachineDescription {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
}

/** The `model name` of the first processor in a /proc/cpuinfo text. */
export function cpuModelFrom(cpuinfo: string): string {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
}

export function describeMachine(): MachineDescription {
  let cpuinfo = '';
  try {
    cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    // Not Linux: the model stays unknown rather than failing the run.
  }
  return {
    cores: availableParallelism(),
    cpuModel: cpuModelFrom(cpuinfo),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
