// The words every format prints around the prose: chapter headings, the contents and copyright pages.
import type { Manuscript, ManuscriptChapter } from '../../protocol/manuscript.ts';

export interface ExportOptions {
  /** When the book is made: the copyright year and the EPUB's modification date. */
  now?: Date;
  /** The book's language as a BCP 47 tag; English when not given. */
  language?: string;
}

export interface BookDetails {
  title: string;
  author: string;
  language: string;
  now: Date;
}

export function bookDetails(manuscript: Manuscript, options: ExportOptions = {}): BookDetails {
  return {
    title: manuscript.title.trim(),
    author: manuscript.author.trim(),
    language: options.language ?? 'en',
    now: options.now ?? new Date(),
  };
}

export const CONTENTS_TITLE = 'Contents';
export const SCENE_BREAK = '* * *';

/** "Chapter 3: The Bridge", or "Chapter 3" for an untitled chapter. */
export function chapterHeading(chapter: ManuscriptChapter): string {
  const title = chapter.title.trim();
  return title ? `Chapter ${chapter.number}: ${title}` : `Chapter ${chapter.number}`;
}

/** The title page's byline, empty when the book has no author. */
export function byline(book: BookDetails): string {
  return book.author ? `by ${book.author}` : '';
}

/** The copyright page's lines. */
export function copyrightLines(book: BookDetails): string[] {
  const year = book.now.getUTCFullYear();
  return [
    book.author ? `Copyright © ${year} ${book.author}` : `Copyright © ${year}`,
    'This is a work of fiction. Names, characters, places and incidents are products of the imagination.',
    'Made with BooksWriter.',
  ];
}
