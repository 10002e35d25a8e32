// The book as an EPUB 3, zipped as it is read: each chapter's XHTML is made only when the zip reaches it.
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { Manuscript } from '../../../protocol/manuscript.ts';
import type { BookDetails } from '../book-parts.ts';
import {
  CONTAINER_XML,
  copyrightPage,
  navigationDocument,
  ncxDocument,
  packageDocument,
  titlePage,
} from './package-documents.ts';
import { chapterDocument, chapterFileName, STYLESHEET } from './xhtml.ts';

function* asBuffers(pieces: Iterable<string>): Generator<Buffer> {
  for (const piece of pieces) yield Buffer.from(piece, 'utf8');
}

export function epubStream(manuscript: Manuscript, book: BookDetails): Readable {
  const zip = new ZipFile();
  const mtime = book.now;
  // OCF: "mimetype" first, stored, with no extra field (a DOS timestamp adds none).
  zip.addBuffer(Buffer.from('application/epub+zip', 'ascii'), 'mimetype', {
    compress: false,
    forceDosTimestamp: true,
    mtime,
  });
  const add = (path: string, text: string) => zip.addBuffer(Buffer.from(text, 'utf8'), path, { mtime });
  add('META-INF/container.xml', CONTAINER_XML);
  add('OEBPS/content.opf', packageDocument(manuscript, book));
  add('OEBPS/nav.xhtml', navigationDocument(manuscript, book));
  add('OEBPS/toc.ncx', ncxDocument(manuscript, book));
  add('OEBPS/style.css', STYLESHEET);
  add('OEBPS/title.xhtml', titlePage(book));
  add('OEBPS/copyright.xhtml', copyrightPage(book));
  for (const chapter of manuscript.chapters)
    zip.addReadStreamLazy(`OEBPS/${chapterFileName(chapter)}`, { mtime }, (done) =>
      done(null, Readable.from(asBuffers(chapterDocument(book, chapter)), { objectMode: false })),
    );
  zip.end();
  return zip.outputStream as Readable;
}
