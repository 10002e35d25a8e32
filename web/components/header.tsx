// The top bar: sessions menu (on small screens), name, current agent, connection, model, library and theme.
import { useStudio } from '../store/studio-context.tsx';
import { AgentIndicator } from './agent-indicator.tsx';
import { ConnectionStatus } from './connection-status.tsx';
import { ModelPicker } from './model-picker.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

export function Header() {
  const setSessionsOpen = useStudio((s) => s.setSessionsOpen);
  const openLibrary = useStudio((s) => s.openLibrary);
  const bookOpen = useStudio((s) => s.bookOpen);
  const setBookOpen = useStudio((s) => s.setBookOpen);
  return (
    <header className="flex items-center gap-x-1.5 sm:gap-x-3 border-b border-ink-200 bg-white/80 px-2 py-2 backdrop-blur sm:px-5 dark:border-ink-800 dark:bg-ink-950/80">
      <button
        type="button"
        aria-label="Show sessions"
        onClick={() => setSessionsOpen(true)}
        className="rounded-lg p-1.5 text-ink-600 hover:bg-ink-100 lg:hidden dark:text-ink-300 dark:hover:bg-ink-800"
      >
        ☰
      </button>
      <h1 className="shrink-0 font-serif text-base font-semibold sm:text-lg tracking-tight text-ink-900 dark:text-ink-50">
        BooksWriter
      </h1>
      <AgentIndicator />
      <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
        <ConnectionStatus />
        <ModelPicker />
        <button
          type="button"
          data-testid="open-book"
          onClick={() => setBookOpen(!bookOpen)}
          aria-pressed={bookOpen}
          className="rounded-lg border border-ink-200 px-2.5 py-1 text-xs font-medium text-ink-700 hover:bg-ink-100 focus-visible:outline-2 focus-visible:outline-quill-500 dark:border-ink-700 dark:text-ink-200 dark:hover:bg-ink-800"
        >
          Book
        </button>
        <button
          type="button"
          data-testid="open-library"
          onClick={() => openLibrary()}
          title="Library"
          className="shrink-0 rounded-lg border border-ink-200 px-2 py-1 text-xs font-medium text-ink-700 hover:bg-ink-100 focus-visible:outline-2 focus-visible:outline-quill-500 sm:px-2.5 dark:border-ink-700 dark:text-ink-200 dark:hover:bg-ink-800"
        >
          {/* A book on a phone, where the header has no room for the word; the word stays its name. */}
          <svg viewBox="0 0 16 16" className="h-4 w-4 fill-current sm:hidden" aria-hidden="true">
            <path d="M2 2.5A1.5 1.5 0 0 1 3.5 1H13v11H3.5a.5.5 0 0 0 0 1H13v2H3.5A1.5 1.5 0 0 1 2 13.5z" />
          </svg>
          <span className="sr-only sm:not-sr-only">Library</span>
        </button>
        <ThemeToggle />
      </div>
    </header>
  );
}
