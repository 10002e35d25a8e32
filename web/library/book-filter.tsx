// Narrows the library to one book: the writer's projects, newest first, or all of them.
import { useEffect, useState } from 'react';
import type { Project } from '../../protocol/artifacts.ts';
import { useApi } from '../components/api-context.ts';

export function BookFilter({ value, onChange }: { value: string; onChange: (projectId: string) => void }) {
  const api = useApi();
  const [books, setBooks] = useState<Project[]>([]);
  useEffect(() => {
    let live = true;
    api.listProjects().then(
      (page) => live && setBooks(page.items),
      () => live && setBooks([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (books.length === 0) return null;
  return (
    <div className="px-4 pt-2">
      <label htmlFor="library-book" className="sr-only">
        Book
      </label>
      <select
        id="library-book"
        data-testid="library-book"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-full rounded-lg border border-ink-200 bg-ink-50 px-2 py-1.5 text-sm dark:border-ink-700 dark:bg-ink-950"
      >
        <option value="">All books</option>
        {books.map((book) => (
          <option key={book.id} value={book.id}>
            {book.title}
          </option>
        ))}
      </select>
    </div>
  );
}
