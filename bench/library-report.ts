// The library benchmark's rows for the report table: each query's p50 and p99 against the 5 ms target.
import type { LibraryBenchmarkResult } from './library-benchmark.ts';
import { formatFigure } from './report-table.ts';

/** A list or search over 100,000 items answers, and blocks the event loop, for at most this long (p99). */
export const MAX_LIBRARY_P99_MS = 5;

export interface LibraryVerdict {
  figure: string;
  value: number;
  target: string;
  met: boolean;
}

type Row = [string, string, string, string, string, string];

export function libraryRows(library: LibraryBenchmarkResult, verdicts: LibraryVerdict[]): Row[] {
  const target = `≤ ${MAX_LIBRARY_P99_MS} ms`;
  const rows: Row[] = [];
  for (const { name, ms, targeted } of library.cases) {
    const met = ms.p99 <= MAX_LIBRARY_P99_MS;
    if (targeted) verdicts.push({ figure: `library ${name}, p99 ms`, value: ms.p99, target, met });
    rows.push([
      `library ${name}, p50 / p99 ms`,
      `${formatFigure(ms.p50)} / ${formatFigure(ms.p99)}`,
      '',
      '',
      targeted ? target : '',
      targeted ? (met ? 'yes' : 'NO') : '',
    ]);
  }
  const loopMet = library.loopDelayMs.p99 <= MAX_LIBRARY_P99_MS;
  verdicts.push({
    figure: 'library event-loop delay p99 (ms)',
    value: library.loopDelayMs.p99,
    target,
    met: loopMet,
  });
  rows.push([
    '  event-loop delay p99 / max ms',
    `${formatFigure(library.loopDelayMs.p99)} / ${formatFigure(library.loopDelayMs.max)}`,
    '',
    '',
    target,
    loopMet ? 'yes' : 'NO',
  ]);
  return rows;
}
