// The book drawer: the session's project with its chapters against their targets, its prose, and what can be done next.
import { useEffect } from 'react';
import type { ProjectManuscript } from '../../protocol/projects.ts';
import { useApi } from '../components/api-context.ts';
import { useSocketActions } from '../socket/socket-context.ts';
import { useStudio } from '../store/studio-context.tsx';
import { ManuscriptReader } from './manuscript-reader.tsx';
import { useManuscript } from './use-manuscript.ts';

const button =
  'rounded-lg border border-ink-200 px-2.5 py-1 text-xs font-medium text-ink-700 hover:bg-ink-100 focus-visible:outline-2 focus-visible:outline-quill-500 dark:border-ink-700 dark:text-ink-200 dark:hover:bg-ink-800';

const words = (n: number) => n.toLocaleString('en');

export function BookPanel() {
  const setBookOpen = useStudio((s) => s.setBookOpen);
  const { book, reload } = useManuscript();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setBookOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setBookOpen]);

  return (
    <aside
      aria-label="Book"
      data-testid="book-panel"
      className="fixed inset-y-0 right-0 z-30 flex w-full max-w-2xl flex-col border-l border-ink-200 bg-white shadow-xl xl:static xl:z-auto xl:shadow-none dark:border-ink-800 dark:bg-ink-900"
    >
      <div className="flex items-center justify-between border-b border-ink-200 px-4 py-2.5 dark:border-ink-800">
        <h2 className="font-serif text-lg font-semibold text-ink-900 dark:text-ink-50">Book</h2>
        <button
          type="button"
          aria-label="Close book"
          data-testid="close-book"
          onClick={() => setBookOpen(false)}
          className="rounded-lg p-1.5 text-ink-500 hover:bg-ink-100 dark:hover:bg-ink-800"
        >
          ✕
        </button>
      </div>
      {book.state === 'loading' && <p className="p-4 text-sm text-ink-500">Opening the book…</p>}
      {book.state === 'failed' && (
        <p role="alert" className="p-4 text-sm text-red-700 dark:text-red-300">
          {book.message}
        </p>
      )}
      {book.state === 'none' && (
        <p data-testid="book-none" className="p-4 text-sm text-ink-600 dark:text-ink-300">
          This conversation has no book yet. Ask for a plot (“a plot about…”), then “outline it in 12
          chapters”, then “write the book”.
        </p>
      )}
      {book.state === 'ready' && <OpenBook manuscript={book.manuscript} onChanged={reload} />}
    </aside>
  );
}

function OpenBook({ manuscript, onChanged }: { manuscript: ProjectManuscript; onChanged: () => void }) {
  const api = useApi();
  const { sendDraft } = useSocketActions();
  const drafted = manuscript.chapters.some((c) => c.status !== 'planned');
  const unfinished = manuscript.chapters.some((c) => c.scenes.some((s) => s.status === 'planned'));
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="space-y-2 border-b border-ink-200 px-4 py-3 dark:border-ink-800">
        <h3 data-testid="book-title" className="font-serif text-xl font-semibold">
          {manuscript.title}
        </h3>
        <p data-testid="book-words" className="text-sm text-ink-600 dark:text-ink-300">
          {words(manuscript.word_count)} of {words(manuscript.word_target)} words
          {manuscript.author ? ` · by ${manuscript.author}` : ''}
        </p>
        <div className="flex flex-wrap gap-2">
          {manuscript.chapters.length === 0 ? (
            <button type="button" className={button} onClick={() => sendDraft('Outline the book')}>
              Outline the book
            </button>
          ) : (
            <button
              type="button"
              data-testid="write-book"
              className={button}
              onClick={() => sendDraft(drafted && unfinished ? 'Continue the draft' : 'Write the book')}
            >
              {drafted && unfinished ? 'Continue the draft' : drafted ? 'Rewrite the book' : 'Write the book'}
            </button>
          )}
          {(['epub', 'docx', 'pdf', 'md'] as const).map((format) => (
            <a
              key={format}
              className={button}
              data-testid={`export-${format}`}
              href={api.exportUrl(manuscript.project_id, format)}
              download
            >
              {format === 'md' ? 'Markdown' : format.toUpperCase()}
            </a>
          ))}
        </div>
        {manuscript.chapters.length > 0 && (
          <ol aria-label="Chapters" data-testid="chapter-list" className="grid gap-1 text-sm">
            {manuscript.chapters.map((chapter) => (
              <li key={chapter.id} className="flex items-center gap-2">
                <span className="min-w-0 flex-1 truncate">
                  {chapter.number}. {chapter.title}
                </span>
                <span data-testid="chapter-status" className="text-xs text-ink-500">
                  {chapter.status}
                </span>
                <span className="text-xs tabular-nums text-ink-500">
                  {words(chapter.word_count)} / {words(chapter.word_target)}
                </span>
                <button
                  type="button"
                  className={button}
                  aria-label={`Write chapter ${chapter.number}`}
                  onClick={() => sendDraft(`Write chapter ${chapter.number}`)}
                >
                  Write
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
      <ManuscriptReader manuscript={manuscript} onChanged={onChanged} />
    </div>
  );
}
