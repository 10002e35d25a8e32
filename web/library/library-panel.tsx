// The library drawer: tabs for plots, characters, worlds and authors, a search box, and the open item.
import { useEffect, useRef, useState } from 'react';
import { useDialogFocus } from '../components/use-dialog-focus.ts';
import { useStudio } from '../store/studio-context.tsx';
import { KIND_LABEL } from './artifact-fields.ts';
import { ArtifactView } from './artifact-view.tsx';
import { BookFilter } from './book-filter.tsx';
import { KindTabs, kindPanelId, kindTabId } from './kind-tabs.tsx';
import { LibraryList } from './library-list.tsx';

export function LibraryPanel() {
  const open = useStudio((s) => s.library.open);
  // Mounted only while open, so a search typed before closing does not greet the writer next time.
  return open ? <OpenLibrary /> : null;
}

function OpenLibrary() {
  const kind = useStudio((s) => s.library.kind);
  const selected = useStudio((s) => s.library.selected);
  const openLibrary = useStudio((s) => s.openLibrary);
  const closeLibrary = useStudio((s) => s.closeLibrary);
  // A search belongs to the tab it was typed in: another tab starts with an empty box.
  const [search, setSearch] = useState({ kind, text: '' });
  const query = search.kind === kind ? search.text : '';
  const [book, setBook] = useState('');
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Below xl the drawer covers the studio: focus stays in it until it closes.
  useDialogFocus(panel, true, '(max-width: 1279px)', heading);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeLibrary();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeLibrary]);

  return (
    <>
      <button
        type="button"
        aria-label="Close library"
        className="fixed inset-0 z-20 bg-black/30 xl:hidden"
        onClick={closeLibrary}
      />
      <aside
        ref={panel}
        aria-label="Library"
        data-testid="library-panel"
        className="fixed inset-y-0 right-0 z-30 flex w-full max-w-md flex-col border-l border-ink-200 bg-white shadow-xl xl:static xl:z-auto xl:shadow-none dark:border-ink-800 dark:bg-ink-900"
      >
        <div className="flex items-center justify-between border-b border-ink-200 px-4 py-2.5 dark:border-ink-800">
          <h2
            ref={heading}
            tabIndex={-1}
            data-testid="library-heading"
            className="font-serif text-lg font-semibold text-ink-900 outline-none dark:text-ink-50"
          >
            Library
          </h2>
          <button
            type="button"
            aria-label="Close library"
            data-testid="close-library"
            onClick={closeLibrary}
            className="rounded-lg p-1.5 text-ink-500 hover:bg-ink-100 dark:hover:bg-ink-800"
          >
            ✕
          </button>
        </div>
        <KindTabs kind={kind} onSelect={openLibrary} />
        {!selected && (
          <div className="px-4 pt-3">
            <label htmlFor="library-search" className="sr-only">
              Search the library
            </label>
            <input
              id="library-search"
              type="search"
              data-testid="library-search"
              value={query}
              onChange={(event) => setSearch({ kind, text: event.target.value })}
              placeholder={`Search ${KIND_LABEL[kind].many.toLowerCase()}…`}
              className="w-full rounded-lg border border-ink-200 bg-ink-50 px-3 py-1.5 text-sm text-ink-900 focus:border-quill-500 focus:outline-none dark:border-ink-700 dark:bg-ink-950 dark:text-ink-50"
            />
          </div>
        )}
        {!selected && <BookFilter value={book} onChange={setBook} />}
        <div
          id={kindPanelId(kind)}
          role="tabpanel"
          aria-labelledby={kindTabId(kind)}
          className="flex-1 overflow-y-auto"
        >
          {selected ? (
            <ArtifactView key={`${selected.kind}/${selected.id}`} kind={selected.kind} id={selected.id} />
          ) : (
            <LibraryList kind={kind} query={query} projectId={book || undefined} />
          )}
        </div>
      </aside>
    </>
  );
}
