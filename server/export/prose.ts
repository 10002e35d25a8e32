// Scene prose → paragraphs of styled runs: blank lines part paragraphs, *italic*, **bold** and ***both***.
import type { ManuscriptChapter } from '../../protocol/manuscript.ts';

export interface Run {
  text: string;
  italic: boolean;
  bold: boolean;
}

/** A paragraph of prose, or the break between two scenes (or one the writer marked inside a scene). */
export type Block = { kind: 'paragraph'; runs: Run[] } | { kind: 'break' };

/** A paragraph that is only a scene-break mark: "***", "* * *", "---" or "#". */
export const BREAK_MARK = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|#)$/;

/** Control characters (other than line breaks and tabs), U+FFFE/U+FFFF and lone surrogates, which XML forbids. */
const UNPRINTABLE = /(?![\t\n\r])\p{Cc}|[\ufffe\uffff]|\p{Cs}/gu;

/** The text without characters that would break an XML file or show as nothing. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

/** The paragraphs of one text, blank lines apart; single line breaks inside a paragraph become spaces. */
export function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = [];
  for (const part of printable(text).split(/\n[ \t]*(?:\r?\n[ \t]*)+/)) {
    const paragraph = part.replace(/\s*\r?\n\s*/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** A chapter's blocks, scene by scene, made as they are read so a whole book is never parsed at once. */
export function* chapterBlocks(chapter: ManuscriptChapter): Generator<Block> {
  let first = true;
  for (const scene of chapter.scenes) {
    const paragraphs = paragraphsOf(scene.text);
    if (paragraphs.length === 0) continue;
    if (!first) yield { kind: 'break' };
    first = false;
    for (const paragraph of paragraphs)
      yield BREAK_MARK.test(paragraph)
        ? { kind: 'break' }
        : { kind: 'paragraph', runs: parseEmphasis(paragraph) };
  }
}

interface Delimiter {
  /** Index of this run of asterisks in the paragraph's pieces. */
  piece: number;
  length: number;
  /** Asterisks of the run not yet paired. */
  left: number;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * Markdown emphasis in one paragraph, by CommonMark's delimiter-run rule for `*` (without its rule of
 * three): a run opens when a non-space follows it and closes when a non-space precedes it; `**` pairs
 * as bold, `*` as italic. Asterisks that pair with nothing stay as text, and `\*` is a literal asterisk.
 */
export function parseEmphasis(paragraph: string): Run[] {
  const pieces: string[] = [];
  const delimiters = new Map<number, Delimiter>();
  const pattern = /\\\*|\*+|[^*\\]+|\\/g;
  for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
    const token = match[0];
    if (token.startsWith('*')) {
      const before = paragraph[match.index - 1] ?? ' ';
      const after = paragraph[match.index + token.length] ?? ' ';
      const length = token.length;
      delimiters.set(pieces.length, {
        piece: pieces.length,
        length,
        left: length,
        canOpen: !/\s/.test(after),
        canClose: !/\s/.test(before),
      });
    }
    pieces.push(token === '\\*' ? '*' : token);
  }
  // How many italic and bold pairs enclose each piece.
  const italic = new Array<number>(pieces.length).fill(0);
  const bold = new Array<number>(pieces.length).fill(0);
  const openers: Delimiter[] = [];
  for (const delimiter of delimiters.values()) {
    while (delimiter.canClose && delimiter.left > 0 && openers.length > 0) {
      const opener = openers[openers.length - 1] as Delimiter;
      const width = delimiter.left >= 2 && opener.left >= 2 ? 2 : 1;
      const depth = width === 2 ? bold : italic;
      for (let index = opener.piece + 1; index < delimiter.piece; index += 1)
        depth[index] = (depth[index] ?? 0) + 1;
      opener.left -= width;
      delimiter.left -= width;
      if (opener.left === 0) openers.pop();
    }
    if (delimiter.left > 0 && delimiter.canOpen) openers.push(delimiter);
  }
  const runs: Run[] = [];
  pieces.forEach((piece, index) => {
    const delimiter = delimiters.get(index);
    // A run of asterisks keeps only those left unpaired, which read as text.
    const text = delimiter ? '*'.repeat(delimiter.left) : piece;
    if (!text) return;
    const style = { italic: (italic[index] ?? 0) % 2 === 1, bold: (bold[index] ?? 0) > 0 };
    const last = runs[runs.length - 1];
    if (last && last.italic === style.italic && last.bold === style.bold) last.text += text;
    else runs.push({ text, ...style });
  });
  return runs;
}
