// The book as a PDF with embedded fonts, made in two passes a chapter at a time: the first finds the page each
// chapter starts on (for the contents page) and is thrown away; the second is the file, streamed as it is laid out.
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Manuscript } from '../../../protocol/manuscript.ts';
import type { BookDetails } from '../book-parts.ts';
import {
  createPdfDocument,
  layChapter,
  layContents,
  layCopyrightPage,
  layTitlePage,
  PageNumbering,
  type PdfDocument,
} from './layout.ts';

/** Lays out the front matter, then yields after each chapter with the page that chapter started on. */
function* layBook(
  doc: PdfDocument,
  manuscript: Manuscript,
  book: BookDetails,
  startPages: readonly number[] | null,
) {
  const numbering = new PageNumbering(doc);
  layTitlePage(doc, book);
  layCopyrightPage(doc, book);
  layContents(doc, manuscript, startPages);
  numbering.startBody();
  yield 0;
  for (const chapter of manuscript.chapters) {
    const start = numbering.bodyPages + 1;
    layChapter(doc, chapter);
    yield start;
  }
}

/** Everything pdfkit has written so far, taken out of its buffer. */
function* drain(doc: PdfDocument): Generator<Buffer> {
  for (let chunk: Buffer | null = doc.read(); chunk !== null; chunk = doc.read()) yield chunk;
}

/** The first pass: where each chapter starts, with the output discarded as it is made. */
async function chapterStartPages(manuscript: Manuscript, book: BookDetails): Promise<number[]> {
  const doc = createPdfDocument(book, { compress: false });
  const starts: number[] = [];
  let first = true;
  for (const start of layBook(doc, manuscript, book, null)) {
    if (first) first = false;
    else starts.push(start);
    for (const _ of drain(doc));
    await nextTurn();
  }
  doc.end();
  for (const _ of drain(doc));
  return starts;
}

async function* pdfChunks(manuscript: Manuscript, book: BookDetails): AsyncGenerator<Buffer> {
  const starts = await chapterStartPages(manuscript, book);
  const doc = createPdfDocument(book, { compress: true });
  for (const _ of layBook(doc, manuscript, book, starts)) yield* drain(doc);
  doc.end();
  yield* drain(doc);
}

export function pdfStream(manuscript: Manuscript, book: BookDetails): Readable {
  return Readable.from(pdfChunks(manuscript, book), { objectMode: false });
}
