// The book as one Markdown file, written chapter by chapter into a stream.
import { Readable } from 'node:stream';
import type { Manuscript } from '../../protocol/manuscript.ts';
import {
  type BookDetails,
  byline,
  CONTENTS_TITLE,
  chapterHeading,
  copyrightLines,
  SCENE_BREAK,
} from './book-parts.ts';
import { BREAK_MARK, paragraphsOf } from './prose.ts';

/** Keeps a line of the title page or a heading from being read as Markdown. */
function escapeLine(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}

/**
 * A paragraph of prose as it is, emphasis included; one that would open a heading, quote or list is
 * escaped so it stays a paragraph, and a scene-break mark becomes the book's own.
 */
function proseParagraph(paragraph: string): string {
  if (BREAK_MARK.test(paragraph)) return SCENE_BREAK;
  if (/^(?:#|>|[-+*]\s)/.test(paragraph)) return `\\${paragraph}`;
  return paragraph.replace(/^(\d+)([.)]\s)/, '$1\\$2');
}

function* markdownParts(manuscript: Manuscript, book: BookDetails): Generator<string> {
  yield `# ${escapeLine(book.title)}\n\n`;
  if (book.author) yield `${escapeLine(byline(book))}\n\n`;
  for (const line of copyrightLines(book)) yield `${escapeLine(line)}\n\n`;
  yield `## ${CONTENTS_TITLE}\n\n`;
  for (const chapter of manuscript.chapters) yield `- ${escapeLine(chapterHeading(chapter))}\n`;
  for (const chapter of manuscript.chapters) {
    let text = `\n## ${escapeLine(chapterHeading(chapter))}\n`;
    let first = true;
    for (const scene of chapter.scenes) {
      const paragraphs = paragraphsOf(scene.text);
      if (paragraphs.length === 0) continue;
      if (!first) text += `\n${SCENE_BREAK}\n`;
      first = false;
      for (const paragraph of paragraphs) text += `\n${proseParagraph(paragraph)}\n`;
    }
    yield text;
  }
}

/** The Markdown file as a stream of UTF-8 chunks, one chapter at a time. */
export function markdownStream(manuscript: Manuscript, book: BookDetails): Readable {
  return Readable.from(markdownParts(manuscript, book), { objectMode: false });
}

/** The whole Markdown file as one string, for tests and small books. */
export function markdownText(manuscript: Manuscript, book: BookDetails): string {
  return [...markdownParts(manuscript, book)].join('');
}
