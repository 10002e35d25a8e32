// Sets one paragraph of mixed italic, bold and roman runs as justified lines, breaking pages as it goes.
// pdfkit's own wrapper starts a new line at every change of font inside a justified paragraph.
import type { Run } from '../prose.ts';
import { type FontName, fontFor } from './fonts.ts';
import type { PdfDocument } from './layout.ts';

interface Segment {
  text: string;
  font: FontName;
  width: number;
}

/** A word: the segments between two spaces, each in its own font ("*salt*," is two). */
interface Word {
  segments: Segment[];
  width: number;
  /** The width of the space after it, in its last segment's font. */
  spaceWidth: number;
}

export interface ParagraphStyle {
  left: number;
  width: number;
  /** First-line indent. */
  indent: number;
  size: number;
  lineGap: number;
}

function wordsOf(doc: PdfDocument, runs: readonly Run[], size: number): Word[] {
  const words: Word[] = [];
  let current: Segment[] = [];
  const finish = () => {
    if (current.length === 0) return;
    const last = current[current.length - 1] as Segment;
    words.push({
      segments: current,
      width: current.reduce((sum, segment) => sum + segment.width, 0),
      spaceWidth: doc.font(last.font).fontSize(size).widthOfString(' '),
    });
    current = [];
  };
  for (const run of runs) {
    const font = fontFor(run);
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s/.test(part)) finish();
      else current.push({ text: part, font, width: doc.font(font).fontSize(size).widthOfString(part) });
    }
  }
  finish();
  return words;
}

/** Greedy line breaking: as many words as fit; a word wider than the line stands alone on it. */
function linesOf(words: readonly Word[], firstWidth: number, width: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of words) {
    const available = lines.length === 0 ? firstWidth : width;
    const previous = line[line.length - 1];
    const needed = previous ? used + previous.spaceWidth + word.width : word.width;
    if (previous && needed > available) {
      lines.push(line);
      line = [word];
      used = word.width;
    } else {
      line.push(word);
      used = needed;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Draws one line: spans of one font each, the gap between words widened by `extra` when justified. */
function drawLine(
  doc: PdfDocument,
  line: readonly Word[],
  x: number,
  y: number,
  size: number,
  extra: number,
): void {
  let spanFont: FontName | null = null;
  let spanText = '';
  let spanX = x;
  let cursor = x;
  const flush = () => {
    if (spanFont && spanText.trim())
      doc.font(spanFont).fontSize(size).text(spanText, spanX, y, { lineBreak: false, wordSpacing: extra });
    spanText = '';
  };
  line.forEach((word, index) => {
    for (const segment of word.segments) {
      if (segment.font !== spanFont) {
        flush();
        spanFont = segment.font;
        spanX = cursor;
      }
      spanText += segment.text;
      cursor += segment.width;
    }
    if (index < line.length - 1) {
      spanText += ' ';
      cursor += word.spaceWidth + extra;
    }
  });
  flush();
}

export function layParagraph(doc: PdfDocument, runs: readonly Run[], style: ParagraphStyle): void {
  const words = wordsOf(doc, runs, style.size);
  const lines = linesOf(words, style.width - style.indent, style.width);
  const lineHeight = doc.font('regular').fontSize(style.size).currentLineHeight(true) + style.lineGap;
  lines.forEach((line, index) => {
    if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      doc.y = doc.page.margins.top;
    }
    const x = style.left + (index === 0 ? style.indent : 0);
    const available = style.width - (index === 0 ? style.indent : 0);
    const natural = line.reduce(
      (sum, word, i) => sum + word.width + (i < line.length - 1 ? word.spaceWidth : 0),
      0,
    );
    // The last line of a paragraph is set as it is; the others fill the measure.
    const extra =
      index < lines.length - 1 && line.length > 1
        ? Math.max(0, (available - natural) / (line.length - 1))
        : 0;
    drawLine(doc, line, x, doc.y, style.size, extra);
    doc.y += lineHeight;
  });
  doc.x = style.left;
}
