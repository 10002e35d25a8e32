// Lays the book out on pdfkit pages: title, copyright and contents pages, then chapters with numbered pages.
import PDFDocument from 'pdfkit';
import type { Manuscript, ManuscriptChapter } from '../../../protocol/manuscript.ts';
import {
  type BookDetails,
  byline,
  CONTENTS_TITLE,
  chapterHeading,
  copyrightLines,
  SCENE_BREAK,
} from '../book-parts.ts';
import { chapterBlocks } from '../prose.ts';
import { FONTS, type FontName } from './fonts.ts';
import { layParagraph } from './paragraph.ts';

/** A 6 × 9 inch trade page, in points. */
const PAGE: [number, number] = [432, 648];
const MARGINS = { top: 64, bottom: 72, left: 60, right: 60 };
const BODY_SIZE = 11;
const LINE_GAP = 4;
const INDENT = 18;
/** Width kept at the right of a contents line for its page number. */
const PAGE_NUMBER_WIDTH = 36;

export type PdfDocument = InstanceType<typeof PDFDocument>;

export function createPdfDocument(book: BookDetails, options: { compress: boolean }): PdfDocument {
  const doc = new PDFDocument({
    size: PAGE,
    margins: MARGINS,
    autoFirstPage: false,
    compress: options.compress,
    lang: book.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: book.title, Author: book.author, Creator: 'BooksWriter', Producer: 'BooksWriter' },
  });
  for (const [name, path] of Object.entries(FONTS)) doc.registerFont(name, path);
  return doc;
}

function use(doc: PdfDocument, font: FontName, size = BODY_SIZE): PdfDocument {
  return doc.font(font).fontSize(size);
}

function contentWidth(doc: PdfDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Numbers each page it is given at its foot, without moving the text cursor. */
export class PageNumbering {
  /** The body's page count so far; 0 before the first chapter. */
  bodyPages = 0;
  private numbering = false;

  constructor(private readonly doc: PdfDocument) {
    doc.on('pageAdded', () => this.onPage());
  }

  startBody(): void {
    this.numbering = true;
  }

  private onPage(): void {
    if (!this.numbering) return;
    this.bodyPages += 1;
    const { doc } = this;
    const { x, y } = doc;
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    use(doc, 'regular', 9).text(String(this.bodyPages), doc.page.margins.left, doc.page.height - 44, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
    doc.x = x;
    doc.y = y;
  }
}

export function layTitlePage(doc: PdfDocument, book: BookDetails): void {
  doc.addPage();
  const width = contentWidth(doc);
  use(doc, 'bold', 26).text(book.title, doc.page.margins.left, 200, { width, align: 'center' });
  const author = byline(book);
  if (author) use(doc, 'italic', 14).moveDown(1.5).text(author, { width, align: 'center' });
}

export function layCopyrightPage(doc: PdfDocument, book: BookDetails): void {
  doc.addPage();
  use(doc, 'regular', 8.5).text('', doc.page.margins.left, 420);
  for (const line of copyrightLines(book))
    doc.text(line, { width: contentWidth(doc), align: 'center' }).moveDown(0.6);
}

/**
 * The contents page: each chapter linked to its first page, with the page number when known. A title
 * wraps beside a fixed column for the number, so the page has the same height with or without numbers.
 */
export function layContents(
  doc: PdfDocument,
  manuscript: Manuscript,
  startPages: readonly number[] | null,
): void {
  doc.addPage();
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  use(doc, 'bold', 16).text(CONTENTS_TITLE, left, 110, { width, align: 'center' });
  doc.moveDown(1.5);
  manuscript.chapters.forEach((chapter, index) => {
    use(doc, 'regular', BODY_SIZE);
    const height = doc.heightOfString(chapterHeading(chapter), { width: width - PAGE_NUMBER_WIDTH });
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    const destination = destinationOf(chapter);
    doc.text(chapterHeading(chapter), left, top, { width: width - PAGE_NUMBER_WIDTH, goTo: destination });
    const after = doc.y;
    const page = startPages?.[index];
    if (page !== undefined)
      doc.text(String(page), left + width - PAGE_NUMBER_WIDTH, top, {
        width: PAGE_NUMBER_WIDTH,
        align: 'right',
        goTo: destination,
      });
    doc.x = left;
    doc.y = after + LINE_GAP;
  });
}

function destinationOf(chapter: ManuscriptChapter): string {
  return `chapter-${chapter.number}`;
}

/** One chapter from a new page: its heading (a bookmark and a link target), then its prose. */
export function layChapter(doc: PdfDocument, chapter: ManuscriptChapter): void {
  doc.addPage();
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const heading = chapterHeading(chapter);
  doc.addNamedDestination(destinationOf(chapter));
  doc.outline.addItem(heading);
  use(doc, 'bold', 16).text(heading, left, 120, { width, align: 'center' });
  doc.moveDown(2);
  let indent = 0;
  for (const block of chapterBlocks(chapter)) {
    if (block.kind === 'break') {
      use(doc, 'regular')
        .moveDown(0.5)
        .text(SCENE_BREAK, left, doc.y, { width, align: 'center' })
        .moveDown(0.5);
      indent = 0;
      continue;
    }
    layParagraph(doc, block.runs, { left, width, indent, size: BODY_SIZE, lineGap: LINE_GAP });
    indent = INDENT;
  }
}
