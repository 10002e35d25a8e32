// One library item in full: its fields, what it was built on, and editing and deleting it.
import { useEffect, useRef, useState } from 'react';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { useApi } from '../components/api-context.ts';
import { describeFailure } from '../components/error-words.ts';
import { useStudio } from '../store/studio-context.tsx';
import { ArtifactEditor } from './artifact-editor.tsx';
import { artifactTitle, FIELDS, KIND_LABEL } from './artifact-fields.ts';
import { ExportMarkdownButton } from './export-markdown-button.tsx';
import { builtFrom, builtOn } from './related-links.ts';

type Item = Record<string, unknown> & { id: string };

function FieldValue({ value }: { value: unknown }) {
  if (Array.isArray(value)) {
    return (
      <ul className="flex flex-wrap gap-1.5">
        {value.map((entry) => (
          <li key={String(entry)} className="rounded-full bg-ink-100 px-2 py-0.5 text-xs dark:bg-ink-800">
            {String(entry)}
          </li>
        ))}
      </ul>
    );
  }
  return <p className="whitespace-pre-wrap">{String(value)}</p>;
}

interface NestedEntry {
  key: string;
  head: string;
  body: string;
  /** An act's beats, shown under it. */
  parts?: NestedEntry[];
}

function Nested({ title, entries }: { title: string; entries: NestedEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wider text-ink-400">{title}</h4>
      <ol className="flex flex-col gap-2">
        {entries.map((entry) => (
          <li key={entry.key}>
            <p className="font-medium">{entry.head}</p>
            <p className="whitespace-pre-wrap text-ink-600 dark:text-ink-300">{entry.body}</p>
            {entry.parts && entry.parts.length > 0 && (
              <ol className="mt-1 flex flex-col gap-1 border-l-2 border-ink-100 pl-3 dark:border-ink-800">
                {entry.parts.map((part) => (
                  <li key={part.key}>
                    <span className="font-medium">{part.head}</span>
                    {part.body && <span className="text-ink-600 dark:text-ink-300"> — {part.body}</span>}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

type ActShape = { name?: string; summary?: string; beats?: { name?: string; description?: string }[] };

function nestedEntries(item: Item): { title: string; entries: NestedEntry[] }[] {
  const acts = Array.isArray(item.acts) ? (item.acts as ActShape[]) : [];
  const relationships = Array.isArray(item.relationships)
    ? (item.relationships as { name?: string; relationship?: string }[])
    : [];
  return [
    {
      title: 'Acts',
      entries: acts.map((a, i) => ({
        key: `act-${i}`,
        head: a.name ?? '',
        body: a.summary ?? '',
        parts: (Array.isArray(a.beats) ? a.beats : []).map((b, j) => ({
          key: `beat-${i}-${j}`,
          head: b.name ?? '',
          body: b.description ?? '',
        })),
      })),
    },
    {
      title: 'Relationships',
      entries: relationships.map((r, i) => ({
        key: `rel-${i}`,
        head: r.name ?? '',
        body: r.relationship ?? '',
      })),
    },
  ];
}

/** Mount one per item (keyed by kind and id), so another item never shows this one's fields for a frame. */
export function ArtifactView({ kind, id }: { kind: ArtifactKind; id: string }) {
  const api = useApi();
  const openArtifact = useStudio((s) => s.openArtifact);
  const closeArtifact = useStudio((s) => s.closeArtifact);
  const libraryChanged = useStudio((s) => s.libraryChanged);
  const [item, setItem] = useState<Item | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [saved, setSaved] = useState(false);
  const savedNotice = useRef<HTMLParagraphElement>(null);
  // The form that had focus is gone: the confirmation takes it, so the keyboard goes on from here.
  useEffect(() => {
    if (saved) savedNotice.current?.focus();
  }, [saved]);

  useEffect(() => {
    let live = true;
    api.getArtifact(kind, id).then(
      (found) => live && setItem(found),
      (error: unknown) => live && setProblem(describeFailure(error)),
    );
    return () => {
      live = false;
    };
  }, [api, kind, id]);

  const remove = async () => {
    try {
      await api.deleteArtifact(kind, id);
      libraryChanged();
      closeArtifact();
    } catch (error) {
      setProblem(describeFailure(error));
      setMode('view');
    }
  };

  const back = (
    <button
      type="button"
      onClick={closeArtifact}
      className="text-sm text-quill-700 hover:underline dark:text-quill-300"
    >
      ← All {KIND_LABEL[kind].many.toLowerCase()}
    </button>
  );
  if (problem && !item) {
    return (
      <div className="p-4">
        {back}
        <p role="alert" className="mt-3 text-sm text-red-600">
          {problem}
        </p>
      </div>
    );
  }
  if (!item) return <p className="p-4 text-sm text-ink-400">Loading…</p>;
  if (mode === 'edit') {
    return (
      <ArtifactEditor
        kind={kind}
        item={item}
        onCancel={() => setMode('view')}
        onSaved={(changes) => {
          setItem({ ...item, ...changes });
          setMode('view');
          setSaved(true);
          libraryChanged();
        }}
      />
    );
  }
  const groups = [
    { title: 'Built on', testId: 'built-on', links: builtOn(kind, item) },
    { title: 'In this story', testId: 'built-from', links: builtFrom(kind, item) },
  ].filter((group) => group.links.length > 0);
  return (
    <article
      data-testid="artifact-view"
      data-kind={kind}
      data-id={id}
      className="flex flex-col gap-4 p-4 text-sm text-ink-800 dark:text-ink-100"
    >
      {back}
      <h3
        data-testid="artifact-title"
        className="font-serif text-xl font-semibold text-ink-900 dark:text-ink-50"
      >
        {artifactTitle(item)}
      </h3>
      {groups.map((group) => (
        <div
          key={group.testId}
          data-testid={group.testId}
          className="flex flex-wrap items-center gap-2 text-xs"
        >
          <span className="text-ink-400">{group.title}</span>
          {group.links.map((link) => (
            <button
              key={`${link.kind}-${link.id}`}
              type="button"
              data-testid={`${group.testId}-link`}
              onClick={() => openArtifact({ kind: link.kind, id: link.id })}
              className="rounded-full border border-quill-300 px-2 py-0.5 text-quill-700 hover:bg-quill-50 dark:border-quill-700 dark:text-quill-300 dark:hover:bg-ink-800"
            >
              {link.label}
            </button>
          ))}
        </div>
      ))}
      {saved && (
        <p
          ref={savedNotice}
          tabIndex={-1}
          role="status"
          data-testid="saved-notice"
          className="rounded-lg bg-emerald-50 px-3 py-1.5 text-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-200"
        >
          ✓ Saved
        </p>
      )}
      {problem && (
        <p role="alert" className="text-red-600">
          {problem}
        </p>
      )}
      <dl className="flex flex-col gap-3">
        {FIELDS[kind]
          .filter((field) => field.name !== 'title' && field.name !== 'name')
          .filter((field) =>
            Array.isArray(item[field.name])
              ? (item[field.name] as unknown[]).length > 0
              : Boolean(item[field.name]),
          )
          .map((field) => (
            <div key={field.name}>
              <dt className="mb-0.5 text-xs font-semibold uppercase tracking-wider text-ink-400">
                {field.label}
              </dt>
              <dd data-field={field.name}>
                <FieldValue value={item[field.name]} />
              </dd>
            </div>
          ))}
      </dl>
      {nestedEntries(item).map((group) => (
        <Nested key={group.title} title={group.title} entries={group.entries} />
      ))}
      <div className="flex flex-wrap justify-end gap-2 border-t border-ink-100 pt-3 dark:border-ink-800">
        {mode === 'confirm-delete' ? (
          <div data-testid="confirm-delete" className="flex items-center gap-2">
            <span>Delete this {KIND_LABEL[kind].one}? This cannot be undone.</span>
            <button
              type="button"
              data-testid="confirm-delete-yes"
              onClick={() => void remove()}
              className="rounded-lg bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-700"
            >
              Delete
            </button>
            <button
              type="button"
              onClick={() => setMode('view')}
              className="rounded-lg px-3 py-1.5 hover:bg-ink-100 dark:hover:bg-ink-800"
            >
              Keep
            </button>
          </div>
        ) : (
          <>
            <ExportMarkdownButton kind={kind} item={item} />
            <button
              type="button"
              data-testid="delete-artifact"
              onClick={() => setMode('confirm-delete')}
              className="rounded-lg px-3 py-1.5 text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950/40"
            >
              Delete
            </button>
            <button
              type="button"
              data-testid="edit-artifact"
              onClick={() => {
                setSaved(false);
                setMode('edit');
              }}
              className="rounded-lg bg-quill-600 px-3 py-1.5 font-medium text-white hover:bg-quill-700"
            >
              Edit
            </button>
          </>
        )}
      </div>
    </article>
  );
}
