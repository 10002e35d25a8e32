// Copies a message's Markdown source, and says so for a moment, as writers expect from chat tools.
import { useEffect, useState } from 'react';

const CONFIRMATION_MS = 2_000;

export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    // The Clipboard API exists only in secure contexts (https or localhost); elsewhere say it failed.
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setState('failed');
    clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <button
      type="button"
      onClick={copy}
      data-testid="copy-message"
      aria-label="Copy as Markdown"
      title="Copy as Markdown"
      className="ml-auto rounded px-1.5 py-0.5 text-ink-400 transition-opacity hover:bg-ink-100 hover:text-ink-700 focus-visible:opacity-100 sm:opacity-0 sm:group-hover:opacity-100 dark:hover:bg-ink-800 dark:hover:text-ink-200"
    >
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </span>
    </button>
  );
}
