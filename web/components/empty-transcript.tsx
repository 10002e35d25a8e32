// What a new session shows: what BooksWriter does, and requests to start from.
import { useStudio } from '../store/studio-context.tsx';

const EXAMPLES = [
  'Create a fantasy novel with dragons and magic',
  'Build the world for a solarpunk mystery set in a floating city',
  'Invent an author persona who writes gothic romance',
];

export function EmptyTranscript() {
  const setDraft = useStudio((s) => s.setDraft);
  return (
    <div data-testid="empty-transcript" className="mx-auto mt-10 max-w-xl px-4 text-center">
      <h2 className="font-serif text-2xl text-ink-900 dark:text-ink-50">What shall we write?</h2>
      <p className="mt-2 text-sm text-ink-500 dark:text-ink-400">
        Describe a book. The orchestrator hands it to the right specialist — plot, world, characters or author
        — and what they make is saved to your library.
      </p>
      <ul className="mt-6 flex flex-col gap-2">
        {EXAMPLES.map((example) => (
          <li key={example}>
            <button
              type="button"
              onClick={() => {
                setDraft(example);
                // The writer goes on in the composer: send it as it is, or add to it first.
                document.getElementById('composer-input')?.focus();
              }}
              className="w-full rounded-xl border border-ink-200 bg-white px-4 py-2.5 text-left text-sm text-ink-700 hover:border-quill-400 hover:bg-quill-50 focus-visible:outline-2 focus-visible:outline-quill-500 dark:border-ink-700 dark:bg-ink-900 dark:text-ink-200 dark:hover:bg-ink-800"
            >
              {example}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
