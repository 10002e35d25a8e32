// The edit form of a library item; saves only changed fields with PATCH and shows the server's refusal in place.
import { useEffect, useRef, useState } from 'react';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { ErrorCode } from '../../protocol/errors.ts';
import { useApi } from '../components/api-context.ts';
import { describeFailure } from '../components/error-words.ts';
import { issuesOf, validationProblems } from '../components/validation-words.ts';
import { ActsEditor } from './acts-editor.tsx';
import { FIELDS, fieldText, patchFromForm } from './artifact-fields.ts';
import { actDrafts, createKeySource, nestedPatch, relationshipDrafts } from './nested-drafts.ts';
import { RelationshipsEditor } from './relationships-editor.tsx';

interface ArtifactEditorProps {
  kind: ArtifactKind;
  item: Record<string, unknown> & { id: string };
  onSaved: (item: Record<string, unknown>) => void;
  onCancel: () => void;
}

export function ArtifactEditor({ kind, item, onSaved, onCancel }: ArtifactEditorProps) {
  const api = useApi();
  const fields = FIELDS[kind];
  const [form, setForm] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.name, fieldText(item, field)])),
  );
  const [newKey] = useState(() => createKeySource('row'));
  const [acts, setActs] = useState(() => (kind === 'plots' ? actDrafts(item, newKey) : undefined));
  const [relationships, setRelationships] = useState(() =>
    kind === 'characters' ? relationshipDrafts(item, newKey) : undefined,
  );
  const [added, setAdded] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());

  // A row added from the keyboard should be typed into next, without a trip through the Tab key.
  useEffect(() => {
    if (added) document.getElementById(`${added}-name`)?.focus();
  }, [added]);

  const formRef = useRef<HTMLFormElement>(null);
  // The form opens at its top, with the first field ready, wherever the view was scrolled to.
  useEffect(() => {
    const form = formRef.current;
    form?.scrollIntoView({ block: 'start' });
    form?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, []);

  const save = async () => {
    const patch = { ...patchFromForm(item, fields, form), ...nestedPatch(item, { acts, relationships }) };
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      onSaved((await api.updateArtifact(kind, item.id, patch)) as Record<string, unknown>);
    } catch (error) {
      const { code, details } = error as { code?: string; details?: unknown };
      const found =
        code === ErrorCode.VALIDATION_ERROR ? validationProblems(kind, issuesOf(details)) : new Map();
      setProblems(found);
      // What was typed stays in the form; the writer fixes the named fields and saves again.
      setProblem(found.size > 0 ? `Not saved. ${[...found.values()].join(' ')}` : describeFailure(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      data-testid="artifact-editor"
      className="flex flex-col gap-3 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {fields.map((field) => {
        const id = `field-${field.name}`;
        const fieldProblem = problems.get(field.name);
        const common = {
          id,
          name: field.name,
          value: form[field.name] ?? '',
          required: field.required,
          'aria-invalid': fieldProblem ? true : undefined,
          'aria-describedby': fieldProblem ? `${id}-problem` : undefined,
          onChange: (event: { target: { value: string } }) =>
            setForm((current) => ({ ...current, [field.name]: event.target.value })),
          className:
            'w-full rounded-lg border border-ink-200 bg-white px-2.5 py-1.5 text-sm text-ink-900 focus:border-quill-500 focus:outline-none dark:border-ink-700 dark:bg-ink-900 dark:text-ink-50',
        };
        return (
          <div key={field.name}>
            <label htmlFor={id} className="mb-1 block text-xs font-medium text-ink-500 dark:text-ink-400">
              {field.label}
              {field.input === 'list' && <span className="font-normal"> (one per line)</span>}
            </label>
            {field.input === 'text' ? (
              <input type="text" {...common} />
            ) : (
              <textarea rows={field.input === 'list' ? 3 : 5} {...common} />
            )}
            {fieldProblem && (
              <p
                id={`${id}-problem`}
                data-testid="field-problem"
                className="mt-0.5 text-xs text-red-700 dark:text-red-300"
              >
                {fieldProblem}
              </p>
            )}
          </div>
        );
      })}
      {acts && (
        <ActsEditor acts={acts} onChange={setActs} newKey={newKey} problems={problems} onAdded={setAdded} />
      )}
      {relationships && (
        <RelationshipsEditor
          relationships={relationships}
          onChange={setRelationships}
          newKey={newKey}
          problems={problems}
          onAdded={setAdded}
        />
      )}
      {problem && (
        <p role="alert" data-testid="editor-error" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      {/* Save stays in view however long the form is. */}
      <div className="sticky bottom-0 -mx-4 -mb-4 flex justify-end gap-2 border-t border-ink-100 bg-white/95 px-4 py-3 backdrop-blur dark:border-ink-800 dark:bg-ink-900/95">
        <button
          type="button"
          onClick={onCancel}
          className="rounded-lg px-3 py-1.5 text-sm text-ink-600 hover:bg-ink-100 dark:text-ink-300 dark:hover:bg-ink-800"
        >
          Cancel
        </button>
        <button
          type="submit"
          data-testid="save-artifact"
          disabled={saving}
          className="rounded-lg bg-quill-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-quill-700 disabled:opacity-50"
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
