// Renders a streaming message block by block: finished blocks keep their HTML, only the last is parsed again.
import { renderMarkdown } from './render-markdown.ts';

export interface RenderedBlock {
  /** Stable while the block's source is unchanged, so React leaves its DOM alone. */
  key: number;
  html: string;
}

const FENCE = /^ {0,3}(```|~~~)/;

/**
 * Offsets where a new top-level block starts: after a blank line, outside a code fence, and only when the
 * next line is not indented (an indented line continues a list item or a code block).
 */
export function blockStarts(source: string, from = 0): number[] {
  const starts: number[] = [];
  let inFence = false;
  let afterBlank = false;
  let offset = from;
  while (offset < source.length) {
    const end = source.indexOf('\n', offset);
    const lineEnd = end === -1 ? source.length : end;
    const line = source.slice(offset, lineEnd);
    if (FENCE.test(line)) {
      if (!inFence && afterBlank) starts.push(offset);
      inFence = !inFence;
      afterBlank = false;
    } else if (!inFence) {
      const blank = line.trim() === '';
      if (!blank && afterBlank && !/^[ \t]/.test(line) && end !== -1) starts.push(offset);
      afterBlank = blank;
    }
    if (end === -1) break;
    offset = end + 1;
  }
  return starts;
}

/**
 * One renderer per message. A message only grows while it streams, so blocks before the last boundary are
 * final: each is rendered once, alone, by the same sanitising renderer, and its HTML is kept. Any other
 * change to the source (a restore, an edit) starts again from nothing.
 */
export function createBlockRenderer(): (source: string) => RenderedBlock[] {
  let previous = '';
  let finished: RenderedBlock[] = [];
  let finishedEnd = 0;
  return (source) => {
    if (!source.startsWith(previous)) {
      finished = [];
      finishedEnd = 0;
    }
    previous = source;
    // A boundary needs the line after it to have begun, so the tail of the last block is never cut early.
    for (const start of blockStarts(source, finishedEnd)) {
      if (start <= finishedEnd) continue;
      const block = source.slice(finishedEnd, start);
      // Blank lines a message opens with (follow-on agents start a new paragraph) make no block of their own.
      if (block.trim() !== '') finished.push({ key: finished.length, html: renderMarkdown(block) });
      finishedEnd = start;
    }
    const tail = source.slice(finishedEnd);
    return tail.trim() === ''
      ? finished.slice()
      : [...finished, { key: finished.length, html: renderMarkdown(tail) }];
  };
}
