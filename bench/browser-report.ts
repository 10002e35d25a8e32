// Prints the browser benchmark as a Markdown table: median and worst of each figure per transcript length.
import type { BrowserSizeResult } from './browser-benchmark.ts';
import type { Distribution } from './percentiles.ts';

const cell = (d: Distribution | undefined, digits = 0, scale = 1) =>
  d ? `${(d.p50 * scale).toFixed(digits)} (worst ${(d.max * scale).toFixed(digits)})` : '–';

export function browserTable(results: readonly BrowserSizeResult[]): string {
  const header = `| median (worst) | ${results.map((r) => `${r.messages.toLocaleString('en-US')} messages`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---').join('|')}|`;
  const row = (name: string, pick: (r: BrowserSizeResult) => string) =>
    `| ${name} | ${results.map(pick).join(' | ')} |`;
  const loads = results.flatMap((r) => r.loadAverages);
  return [
    header,
    rule,
    row('navigation → last message visible, ms', (r) => cell(r.opening.navigationToVisibleMs)),
    row('session_state → last message visible, ms', (r) => cell(r.opening.stateToVisibleMs)),
    row('longest task while opening, ms', (r) => cell(r.opening.longestTaskMs)),
    row('DOM nodes', (r) => cell(r.opening.domNodes)),
    row('JS heap, MB', (r) => cell(r.opening.heapMB, 1)),
    row('main thread per chunk, 50 ms flush, ms', (r) => cell(r.streaming['50ms']?.msPerChunk, 2)),
    row('main thread per chunk, every frame, ms', (r) => cell(r.streaming.frame?.msPerChunk, 2)),
    row('main thread busy while streaming, 50 ms flush, %', (r) => cell(r.streaming['50ms']?.busy, 0, 100)),
    row('main thread busy while streaming, every frame, %', (r) => cell(r.streaming.frame?.busy, 0, 100)),
    row('long tasks while streaming, 50 ms flush', (r) => cell(r.streaming['50ms']?.longTasks)),
    row('long tasks while streaming, every frame', (r) => cell(r.streaming.frame?.longTasks)),
    row('keystroke p95 while streaming, 50 ms flush, ms', (r) => cell(r.streaming['50ms']?.keyP95)),
    row('keystroke p95 while streaming, every frame, ms', (r) => cell(r.streaming.frame?.keyP95)),
    '',
    `1-minute load average during the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`,
  ].join('\n');
}
