// "@" in the composer offers the writer's library items by name; choosing one writes "@Name " so the agents receive it.
import { type KeyboardEvent, useEffect, useState } from 'react';
import { KIND_LABEL } from '../library/artifact-fields.ts';
import { useApi } from './api-context.ts';

const KINDS = ['characters', 'plots', 'worlds', 'authors'] as const;
const PER_KIND = 4;

export interface MentionOption {
  id: string;
  kind: (typeof KINDS)[number];
  label: string;
}

/** The "@…" being typed just before the caret, if any: where it starts and what follows the @. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|\s)@([^\s@][^@\n]{0,40})?$/.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

/** The text with the "@…" at `start` (up to the caret) replaced by the chosen name, and where the caret goes. */
export function insertMention(text: string, start: number, caret: number, label: string) {
  const inserted = `@${label} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

export interface MentionState {
  open: boolean;
  options: MentionOption[];
  active: number;
  /** Handles the picker's keys; true when the key was its own and must not reach the composer. */
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean;
  /** Writes the option's name in place of the "@…" being typed, and closes the list for it. */
  choose(option: MentionOption): void;
}

export function useMentions(
  text: string,
  caret: number,
  choose: (option: MentionOption, start: number) => void,
): MentionState {
  const api = useApi();
  const mention = mentionAt(text, caret);
  const query = mention?.query ?? null;
  const [options, setOptions] = useState<MentionOption[]>([]);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    if (query === null) return setOptions([]);
    let live = true;
    const q = query.trim() || undefined;
    Promise.all(KINDS.map((kind) => api.listArtifacts(kind, { q, limit: PER_KIND })))
      .then((pages) => {
        if (!live) return;
        const found = pages.flatMap((page, index) =>
          page.items.map((item) => ({
            id: item.id,
            kind: KINDS[index] ?? 'characters',
            label: 'title' in item ? item.title : item.name,
          })),
        );
        setOptions(found);
        setActive(0);
      })
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [api, query]);

  const open = mention !== null && options.length > 0 && dismissed !== `${mention.start}`;
  const take = (option: MentionOption) => {
    if (!mention) return;
    choose(option, mention.start);
    setDismissed(`${mention.start}`);
  };
  return {
    open,
    options,
    active,
    choose: take,
    onKeyDown(event) {
      if (!open || !mention) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (index + step + options.length) % options.length);
      } else if (event.key === 'Enter' || event.key === 'Tab') {
        const option = options[active];
        if (option) take(option);
      } else if (event.key === 'Escape') {
        setDismissed(`${mention.start}`);
      } else return false;
      event.preventDefault();
      return true;
    },
  };
}

export const MENTION_LIST_ID = 'mention-options';
export const mentionOptionId = (index: number) => `mention-option-${index}`;

export function MentionList({ state }: { state: MentionState }) {
  if (!state.open) return null;
  return (
    <div
      id={MENTION_LIST_ID}
      role="listbox"
      aria-label="Library items to mention"
      data-testid="mention-options"
      className="mb-2 max-h-56 overflow-y-auto rounded-xl border border-ink-200 bg-white p-1 text-sm shadow-lg dark:border-ink-700 dark:bg-ink-900"
    >
      {state.options.map((option, index) => (
        <div
          key={`${option.kind}/${option.id}`}
          tabIndex={-1}
          id={mentionOptionId(index)}
          role="option"
          aria-selected={index === state.active}
          // Chosen on mousedown, before the composer loses focus.
          onMouseDown={(event) => {
            event.preventDefault();
            state.choose(option);
          }}
          className={`flex cursor-pointer justify-between gap-3 rounded-lg px-2 py-1 ${index === state.active ? 'bg-quill-100 dark:bg-quill-900/40' : ''}`}
        >
          <span className="truncate">{option.label}</span>
          <span className="text-xs text-ink-500">{KIND_LABEL[option.kind].one}</span>
        </div>
      ))}
    </div>
  );
}
