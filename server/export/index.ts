// Exports a manuscript as EPUB 3, DOCX, PDF or Markdown: the body streams, with its type and file name.
import type { Readable } from 'node:stream';
import type { Manuscript } from '../../protocol/manuscript.ts';
import { bookDetails, type ExportOptions } from './book-parts.ts';
import { docxStream } from './docx.ts';
import { epubStream } from './epub/index.ts';
import { asciiFileName, contentDisposition } from './file-name.ts';
import { markdownStream } from './markdown.ts';
import { pdfStream } from './pdf/index.ts';

export type { ExportOptions } from './book-parts.ts';

export const EXPORT_FORMATS = ['epub', 'docx', 'pdf', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  epub: 'application/epub+zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
};

export interface ExportedBook {
  contentType: string;
  /** The file name in ASCII, from the title ("The-Glass-Orchard.epub"). */
  fileName: string;
  /** The Content-Disposition header: the ASCII name, and the title's own script as RFC 5987 `filename*`. */
  contentDisposition: string;
  /** The file, made as it is read. */
  body: Readable;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportManuscript(
  manuscript: Manuscript,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportedBook {
  const book = bookDetails(manuscript, options);
  const body = {
    epub: epubStream,
    docx: docxStream,
    pdf: pdfStream,
    md: markdownStream,
  }[format](manuscript, book);
  return {
    contentType: CONTENT_TYPES[format],
    fileName: asciiFileName(book.title, format),
    contentDisposition: contentDisposition(book.title, format),
    body,
  };
}
