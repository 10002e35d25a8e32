// Where the writer types: Enter sends (on touch keyboards it breaks the line), the field grows with the text.
import { useRef, useState } from 'react';
import { Limits } from '../../protocol/errors.ts';
import { useSocketActions } from '../socket/socket-context.ts';
import { draftProblem } from '../store/outbox.ts';
import { isGenerating } from '../store/session-view.ts';
import { useStudio } from '../store/studio-context.tsx';
import {
  insertMention,
  MENTION_LIST_ID,
  MentionList,
  mentionOptionId,
  useMentions,
} from './mention-picker.tsx';

export function Composer() {
  const draft = useStudio((s) => s.draft);
  const setDraft = useStudio((s) => s.setDraft);
  const generating = useStudio((s) => isGenerating(s.session));
  const online = useStudio((s) => s.connection.status === 'connected');
  const { sendDraft, cancel } = useSocketActions();
  const [problem, setProblem] = useState<string | null>(null);
  const [stopNotice, setStopNotice] = useState(false);
  // A touch keyboard's Enter is how a writer breaks a line there; sending is the button's job.
  const [touch] = useState(() => window.matchMedia?.('(pointer: coarse)').matches ?? false);
  const input = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const chooseMention = (option: { label: string }, start: number) => {
    const next = insertMention(draft, start, caret, option.label);
    setDraft(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => input.current?.setSelectionRange(next.caret, next.caret));
  };
  const mentions = useMentions(draft, caret, chooseMention);
  const length = draft.length;
  const over = length > Limits.maxContentLength;

  const submit = () => {
    const text = draft.trim();
    if (!text) return;
    const refused = draftProblem(draft);
    if (refused) {
      setProblem(refused.message);
      return;
    }
    setProblem(null);
    sendDraft(text);
    setDraft('');
  };

  return (
    <form
      className="border-t border-ink-200 bg-ink-50/80 px-3 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:px-6 dark:border-ink-800 dark:bg-ink-950/80"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="mx-auto max-w-4xl">
        {stopNotice && generating && !online && (
          <p
            role="status"
            data-testid="stop-offline"
            className="mb-2 text-sm text-amber-800 dark:text-amber-200"
          >
            Not connected, so the reply was not stopped. Press Stop again once the connection is back.
          </p>
        )}
        {problem && (
          <p
            role="alert"
            data-testid="composer-error"
            className="mb-2 text-sm text-red-700 dark:text-red-300"
          >
            {problem}
          </p>
        )}
        <MentionList state={mentions} />
        <div className="flex items-end gap-2 rounded-2xl border border-ink-300 bg-white p-2 shadow-sm focus-within:border-quill-500 focus-within:ring-2 focus-within:ring-quill-500/20 dark:border-ink-700 dark:bg-ink-900">
          <label htmlFor="composer-input" className="sr-only">
            Message
          </label>
          <textarea
            id="composer-input"
            data-testid="composer-input"
            ref={input}
            rows={1}
            value={draft}
            aria-autocomplete="list"
            aria-controls={MENTION_LIST_ID}
            aria-activedescendant={mentions.open ? mentionOptionId(mentions.active) : undefined}
            onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
            onChange={(event) => {
              setDraft(event.target.value);
              setCaret(event.target.selectionStart);
              if (problem && event.target.value.length <= Limits.maxContentLength) setProblem(null);
            }}
            onKeyDown={(event) => {
              if (mentions.onKeyDown(event)) return;
              if (event.key === 'Enter' && !touch && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                submit();
              }
            }}
            placeholder="Ask BooksWriter to create plots, authors, worlds, or characters… (@ names one)"
            aria-describedby="char-counter"
            className="max-h-60 min-h-[2.75rem] flex-1 resize-none overflow-y-auto bg-transparent [field-sizing:content] px-2 py-1.5 text-[15px] text-ink-900 outline-none placeholder:text-ink-400 dark:text-ink-50"
          />
          {generating ? (
            <button
              type="button"
              data-testid="stop-button"
              onClick={() => setStopNotice(!cancel())}
              className="rounded-xl bg-ink-800 px-4 py-2 text-sm font-medium text-white hover:bg-ink-700 focus-visible:outline-2 focus-visible:outline-quill-500 dark:bg-ink-100 dark:text-ink-900"
            >
              ■ Stop
            </button>
          ) : null}
          <button
            type="submit"
            data-testid="send-button"
            disabled={!draft.trim()}
            className="rounded-xl bg-quill-600 px-4 py-2 text-sm font-medium text-white hover:bg-quill-700 focus-visible:outline-2 focus-visible:outline-quill-500 disabled:cursor-not-allowed disabled:opacity-40"
          >
            {online ? 'Send' : 'Queue'}
          </button>
        </div>
        <div className="mt-1 flex justify-between px-1 text-xs text-ink-400">
          <span data-testid="composer-hint">
            {touch ? 'Enter for a new line · Send to send' : 'Enter to send · Shift+Enter for a new line'}
          </span>
          <span
            id="char-counter"
            data-testid="char-counter"
            className={over ? 'font-semibold text-red-600' : ''}
          >
            {length.toLocaleString('en')} / {Limits.maxContentLength.toLocaleString('en')}
          </span>
        </div>
      </div>
    </form>
  );
}
