// The book as a Word document: Title and Heading 1 styles (so Word's navigation pane lists the chapters),
// a contents page linked to each chapter, and page numbers on the chapters' pages.
import { Readable } from 'node:stream';
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Manuscript, ManuscriptChapter } from '../../protocol/manuscript.ts';
import {
  type BookDetails,
  byline,
  CONTENTS_TITLE,
  chapterHeading,
  copyrightLines,
  SCENE_BREAK,
} from './book-parts.ts';
import { chapterBlocks } from './prose.ts';

/** Sizes in half-points and spacing in twentieths of a point, as Word counts them. */
const BODY_SIZE = 24;
const FIRST_LINE_INDENT = 360;
const FONT = 'Georgia';

function anchorOf(chapter: ManuscriptChapter): string {
  return `chapter-${chapter.number}`;
}

function frontMatter(manuscript: Manuscript, book: BookDetails): Paragraph[] {
  const author = byline(book);
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 3600 },
      text: book.title,
    }),
    ...(author
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 480 },
            children: [new TextRun({ text: author, size: 32 })],
          }),
        ]
      : []),
    ...copyrightLines(book).map(
      (line, index) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          pageBreakBefore: index === 0,
          spacing: { before: index === 0 ? 6000 : 0, after: 160 },
          children: [new TextRun({ text: line, size: 18 })],
        }),
    ),
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { before: 1200, after: 480 },
      children: [new TextRun({ text: CONTENTS_TITLE, bold: true, size: 32 })],
    }),
    ...manuscript.chapters.map(
      (chapter) =>
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new InternalHyperlink({
              anchor: anchorOf(chapter),
              children: [new TextRun({ text: chapterHeading(chapter), style: 'Hyperlink' })],
            }),
          ],
        }),
    ),
  ];
}

function chapterParagraphs(chapter: ManuscriptChapter): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { before: 1200, after: 600 },
      children: [new Bookmark({ id: anchorOf(chapter), children: [new TextRun(chapterHeading(chapter))] })],
    }),
  ];
  let indent = false;
  for (const block of chapterBlocks(chapter)) {
    if (block.kind === 'break') {
      paragraphs.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          text: SCENE_BREAK,
        }),
      );
      indent = false;
      continue;
    }
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: indent ? { firstLine: FIRST_LINE_INDENT } : undefined,
        children: block.runs.map(
          (run) => new TextRun({ text: run.text, italics: run.italic, bold: run.bold }),
        ),
      }),
    );
    indent = true;
  }
  return paragraphs;
}

function wordDocument(manuscript: Manuscript, book: BookDetails): Document {
  const pageNumber = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  return new Document({
    title: book.title,
    creator: book.author || 'BooksWriter',
    description: byline(book),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: book.language } },
          paragraph: { spacing: { line: 336 } },
        },
        heading1: { run: { font: FONT, size: 36, bold: true, color: '000000' } },
        title: { run: { font: FONT, size: 56, color: '000000' } },
      },
    },
    sections: [
      { children: frontMatter(manuscript, book) },
      {
        properties: { page: { pageNumbers: { start: 1 } } },
        footers: { default: pageNumber },
        children: manuscript.chapters.flatMap(chapterParagraphs),
      },
    ],
  });
}

/** The .docx, built when the stream is first read. */
export function docxStream(manuscript: Manuscript, book: BookDetails): Readable {
  async function* file(): AsyncGenerator<Buffer> {
    yield await Packer.toBuffer(wordDocument(manuscript, book));
  }
  return Readable.from(file(), { objectMode: false });
}
