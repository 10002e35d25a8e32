// Reading CPU time from a /proc stat line, and from this very process.
import { describe, expect, it } from 'vitest';
import { parseCpuTicks, readCpuSeconds } from './process-cpu.ts';

describe('parseCpuTicks', () => {
  it('adds utime and stime, even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (bench) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 40 0 0 20 0 11 0 999';
    expect(parseCpuTicks(stat)).toBe(290);
  });
});

describe('readCpuSeconds', () => {
  it('grows while this process computes', async () => {
    const before = await readCpuSeconds(process.pid);
    const until = Date.now() + 100;
    let spin = 0;
    while (Date.now() < until) spin += 1;
    expect(spin).toBeGreaterThan(0);
    expect(await readCpuSeconds(process.pid)).toBeGreaterThan(before);
  });
});
