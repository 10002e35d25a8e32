// The EPUB's package: container, OPF (metadata, manifest, spine), navigation, title and copyright pages.
import { createHash } from 'node:crypto';
import type { Manuscript } from '../../../protocol/manuscript.ts';
import { type BookDetails, byline, CONTENTS_TITLE, chapterHeading, copyrightLines } from '../book-parts.ts';
import { chapterFileName, escapeXml, page } from './xhtml.ts';

export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

/** A stable identifier for the book: a name-based UUID from its title and scene ids, so re-exports match. */
export function bookIdentifier(manuscript: Manuscript): string {
  const hash = createHash('sha1').update(manuscript.title);
  for (const chapter of manuscript.chapters)
    for (const scene of chapter.scenes) hash.update(`\u0000${scene.id}`);
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function packageDocument(manuscript: Manuscript, book: BookDetails): string {
  const modified = `${book.now.toISOString().slice(0, 19)}Z`;
  const chapters = manuscript.chapters;
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(book.language)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${bookIdentifier(manuscript)}</dc:identifier>
<dc:title>${escapeXml(book.title)}</dc:title>
${book.author ? `<dc:creator>${escapeXml(book.author)}</dc:creator>\n` : ''}<dc:language>${escapeXml(book.language)}</dc:language>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
<item id="style" href="style.css" media-type="text/css"/>
<item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>
<item id="copyright" href="copyright.xhtml" media-type="application/xhtml+xml"/>
${chapters.map((c) => `<item id="chapter-${c.number}" href="${chapterFileName(c)}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine toc="ncx">
<itemref idref="title-page"/>
<itemref idref="copyright"/>
<itemref idref="nav"/>
${chapters.map((c) => `<itemref idref="chapter-${c.number}"/>`).join('\n')}
</spine>
</package>
`;
}

/** The EPUB 3 navigation document, which is also the printed contents page. */
export function navigationDocument(manuscript: Manuscript, book: BookDetails): string {
  const entries = manuscript.chapters
    .map((c) => `<li><a href="${chapterFileName(c)}">${escapeXml(chapterHeading(c))}</a></li>`)
    .join('\n');
  const first = manuscript.chapters[0];
  const landmarks = [
    '<li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>',
    '<li><a epub:type="copyright-page" href="copyright.xhtml">Copyright</a></li>',
    `<li><a epub:type="toc" href="nav.xhtml">${CONTENTS_TITLE}</a></li>`,
    ...(first
      ? [`<li><a epub:type="bodymatter" href="${chapterFileName(first)}">Start reading</a></li>`]
      : []),
  ].join('\n');
  return page(
    book,
    CONTENTS_TITLE,
    `<nav epub:type="toc" role="doc-toc" id="toc">
<h1>${CONTENTS_TITLE}</h1>
<ol>
${entries}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<h2>Landmarks</h2>
<ol>
${landmarks}
</ol>
</nav>`,
    'frontmatter',
  );
}

/** The EPUB 2 table of contents, for reading systems that predate EPUB 3. */
export function ncxDocument(manuscript: Manuscript, book: BookDetails): string {
  const points = manuscript.chapters
    .map(
      (c, index) => `<navPoint id="nav-${c.number}" playOrder="${index + 1}">
<navLabel><text>${escapeXml(chapterHeading(c))}</text></navLabel>
<content src="${chapterFileName(c)}"/>
</navPoint>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${escapeXml(book.language)}">
<head>
<meta name="dtb:uid" content="${bookIdentifier(manuscript)}"/>
<meta name="dtb:depth" content="1"/>
<meta name="dtb:totalPageCount" content="0"/>
<meta name="dtb:maxPageNumber" content="0"/>
</head>
<docTitle><text>${escapeXml(book.title)}</text></docTitle>
<navMap>
${points}
</navMap>
</ncx>
`;
}

export function titlePage(book: BookDetails): string {
  const author = byline(book);
  return page(
    book,
    book.title,
    `<section class="title-page" epub:type="titlepage">
<h1 epub:type="title">${escapeXml(book.title)}</h1>
${author ? `<p class="author">${escapeXml(author)}</p>` : ''}
</section>`,
    'frontmatter',
  );
}

export function copyrightPage(book: BookDetails): string {
  const lines = copyrightLines(book).map((line) => `<p>${escapeXml(line)}</p>`);
  return page(
    book,
    'Copyright',
    `<section class="copyright" epub:type="copyright-page">\n${lines.join('\n')}\n</section>`,
    'frontmatter',
  );
}
