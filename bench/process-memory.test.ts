// Reading resident memory from a /proc status file, and from this very process.
import { describe, expect, it } from 'vitest';
import { ProcessMemoryUnavailableError, parseVmRss, readRssBytes } from './process-memory.ts';

describe('parseVmRss', () => {
  it('reads the kB figure as bytes', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t   52400 kB\nVmData:\t 1 kB\n')).toBe(
      52_400 * 1024,
    );
  });

  it('names the problem when the line is missing', () => {
    expect(() => parseVmRss('Name:\tnode\n')).toThrow(ProcessMemoryUnavailableError);
  });
});

describe('readRssBytes', () => {
  it('agrees with what this process reports about itself', async () => {
    const fromProc = await readRssBytes(process.pid);
    const own = process.memoryUsage.rss();
    expect(Math.abs(fromProc - own) / own).toBeLessThan(0.2);
  });

  it('fails with a stable code for a process that does not exist', async () => {
    await expect(readRssBytes(2 ** 30)).rejects.toMatchObject({ code: 'PROCESS_MEMORY_UNAVAILABLE' });
  });
});
