// The library's kind tabs, following the WAI-ARIA tabs pattern: one tab in the Tab order (roving tabindex),
// Left/Right move between tabs with wrap-around, Home/End jump to the first/last, and moving selects.
import { type KeyboardEvent, useRef } from 'react';
import { ARTIFACT_KINDS, type ArtifactKind, KINDS } from '../../protocol/artifacts.ts';

/** The kinds the drawer has a tab for, in the registry's order. */
const TABS = ARTIFACT_KINDS.filter((kind) => KINDS[kind].tab);

import { KIND_LABEL } from './artifact-fields.ts';

/** The id of the panel a kind's tab controls; the panel must carry it with role="tabpanel". */
export const kindPanelId = (kind: ArtifactKind) => `library-panel-${kind}`;
export const kindTabId = (kind: ArtifactKind) => `library-tab-${kind}`;

function nextIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

export function KindTabs({ kind, onSelect }: { kind: ArtifactKind; onSelect: (kind: ArtifactKind) => void }) {
  const tabs = useRef(new Map<ArtifactKind, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = nextIndex(event.key, TABS.indexOf(kind), TABS.length);
    if (target === undefined) return;
    event.preventDefault();
    const next = TABS[target];
    if (next === undefined) return;
    onSelect(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label="Kinds"
      onKeyDown={onKeyDown}
      className="flex gap-1 border-b border-ink-200 px-2 pt-2 dark:border-ink-800"
    >
      {TABS.map((k) => (
        <button
          key={k}
          ref={(element) => {
            if (element) tabs.current.set(k, element);
            else tabs.current.delete(k);
          }}
          id={kindTabId(k)}
          type="button"
          role="tab"
          aria-selected={k === kind}
          aria-controls={kindPanelId(k)}
          tabIndex={k === kind ? 0 : -1}
          data-testid={`library-tab-${k}`}
          onClick={() => onSelect(k)}
          className={`rounded-t-lg px-3 py-1.5 text-sm ${
            k === kind
              ? 'border-b-2 border-quill-600 font-medium text-quill-700 dark:text-quill-300'
              : 'text-ink-500 hover:text-ink-800 dark:hover:text-ink-200'
          }`}
        >
          {KIND_LABEL[k].many}
        </button>
      ))}
    </div>
  );
}
