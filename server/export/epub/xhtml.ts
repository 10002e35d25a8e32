// XHTML pieces of the EPUB: escaping, one page's frame, and a chapter's body made block by block.
import type { ManuscriptChapter } from '../../../protocol/manuscript.ts';
import { type BookDetails, chapterHeading } from '../book-parts.ts';
import { chapterBlocks, printable, type Run } from '../prose.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeXml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

export function chapterFileName(chapter: ManuscriptChapter): string {
  return `chapter-${String(chapter.number).padStart(3, '0')}.xhtml`;
}

/** The opening of an XHTML content document in the book's language, up to its body's content. */
function pageStart(book: BookDetails, title: string, bodyType?: string): string {
  const lang = escapeXml(book.language);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body${bodyType ? ` epub:type="${bodyType}"` : ''}>
`;
}

const PAGE_END = '</body>\n</html>\n';

/** An XHTML content document around `body`. */
export function page(book: BookDetails, title: string, body: string, bodyType?: string): string {
  return `${pageStart(book, title, bodyType)}${body}\n${PAGE_END}`;
}

function runXhtml(run: Run): string {
  let text = escapeXml(run.text);
  if (run.italic) text = `<em>${text}</em>`;
  if (run.bold) text = `<strong>${text}</strong>`;
  return text;
}

/** A chapter's document in pieces: the frame, then one piece per scene's paragraphs, so it streams. */
export function* chapterDocument(book: BookDetails, chapter: ManuscriptChapter): Generator<string> {
  const heading = chapterHeading(chapter);
  yield pageStart(book, heading, 'bodymatter');
  yield `<section epub:type="chapter" role="doc-chapter" aria-labelledby="heading">\n<h1 id="heading">${escapeXml(heading)}</h1>\n`;
  let piece = '';
  for (const block of chapterBlocks(chapter)) {
    piece +=
      block.kind === 'break'
        ? '<hr class="scene-break"/>\n'
        : `<p>${block.runs.map(runXhtml).join('')}</p>\n`;
    if (piece.length > 16_384) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</section>\n${PAGE_END}`;
}

export const STYLESHEET = `body { margin: 0 5%; font-family: serif; line-height: 1.5; }
h1 { font-size: 1.5em; text-align: center; margin: 3em 0 2em; page-break-before: always; break-before: page; }
p { margin: 0; text-indent: 1.5em; text-align: justify; }
h1 + p, hr + p { text-indent: 0; }
hr.scene-break { border: 0; margin: 1.5em 0; text-align: center; }
hr.scene-break::after { content: "* * *"; }
.title-page { text-align: center; margin-top: 30%; }
.title-page h1 { font-size: 2em; margin: 0 0 1em; page-break-before: auto; break-before: auto; }
.title-page p, .copyright p { text-indent: 0; text-align: center; }
.copyright { margin-top: 50%; font-size: 0.85em; }
.copyright p { margin-bottom: 0.75em; }
nav ol { list-style-type: none; padding: 0; }
nav li { margin: 0.4em 0; }
`;
