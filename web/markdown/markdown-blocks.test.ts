// Tests block-by-block rendering: the same safe HTML as a whole render, and only the last block parsed again.
import { describe, expect, it } from 'vitest';
import { blockStarts, createBlockRenderer, type RenderedBlock } from './markdown-blocks.ts';
import { renderMarkdown } from './render-markdown.ts';

const joined = (blocks: RenderedBlock[]) => blocks.map((b) => b.html).join('');

/** Feeds `source` to one renderer in pieces of `size` characters, as chunks arrive. */
function stream(source: string, size: number): RenderedBlock[][] {
  const render = createBlockRenderer();
  const steps: RenderedBlock[][] = [];
  for (let end = size; end < source.length + size; end += size) steps.push(render(source.slice(0, end)));
  return steps;
}

const STORY = '# Act I\n\nThe **dragon** wakes.\n\n- one\n- two\n\n```\ncode\n\nstill code\n```\n\nThe end.';

describe('block rendering', () => {
  it('renders a message that opens with a blank line as the same blocks as one that does not', () => {
    // Follow-on agents' messages open on a new paragraph; an empty first block would keep the heading's top margin.
    for (const size of [1, 3, 50]) {
      expect(stream(`\n\n${STORY}`, size).at(-1)).toEqual(stream(STORY, size).at(-1));
    }
  });

  it('splits at blank lines but not inside a code fence or before an indented line', () => {
    const starts = blockStarts('a\n\nb\n\n```\nx\n\ny\n```\n\n    indented\nc\n');
    expect(starts).toEqual([3, 6]);
  });

  it('renders a streamed message block by block to the same HTML as a whole render', () => {
    for (const size of [1, 3, 7, 50]) {
      const last = stream(STORY, size).at(-1) ?? [];
      expect(joined(last)).toBe(renderMarkdown(STORY));
    }
  });

  it('keeps the HTML object of finished blocks as later chunks arrive', () => {
    const render = createBlockRenderer();
    const first = render('# Act I\n\nThe dragon\n');
    const second = render('# Act I\n\nThe dragon\nwakes.\n\nNext\n');
    expect(second[0]).toBe(first[0]);
    expect(second).toHaveLength(3);
  });

  it('starts again when the source is replaced rather than extended', () => {
    const render = createBlockRenderer();
    render('First\n\nSecond');
    expect(joined(render('Other\n\ntext'))).toBe(renderMarkdown('Other\n\ntext'));
  });

  it('never lets a payload split across chunks become markup', () => {
    const payload =
      'Intro\n\n<scr' +
      'ipt>alert(1)</scr' +
      'ipt> <img src=x on' +
      'error=alert(1)>\n\n[x](java' +
      'script:alert(1))';
    for (const size of [1, 2, 5, 13]) {
      for (const step of stream(payload, size)) {
        const html = joined(step);
        expect(html).not.toMatch(/<script|<img|href="javascript/i);
      }
    }
  });
});
