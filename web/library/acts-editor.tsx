// Edits a plot's acts and each act's beats: add, remove, reorder and rename, keyboard first.
import { EntryControls } from './entry-controls.tsx';
import {
  type ActDraft,
  type BeatDraft,
  moveEntry,
  type NewKey,
  removeEntry,
  replaceEntry,
} from './nested-drafts.ts';
import { NestedField } from './nested-field.tsx';

interface ActsEditorProps {
  acts: ActDraft[];
  onChange: (acts: ActDraft[]) => void;
  newKey: NewKey;
  /** Plain-words problems keyed by path, e.g. "acts.0.beats.1.name". */
  problems: ReadonlyMap<string, string>;
  /** Called with the key of a row just added, so its first input can take the focus. */
  onAdded: (key: string) => void;
}

const ADD_BUTTON =
  'self-start rounded-lg border border-dashed border-quill-400 px-2.5 py-1 text-xs text-quill-700 hover:bg-quill-50 dark:border-quill-700 dark:text-quill-300 dark:hover:bg-ink-800';

function BeatsEditor({
  act,
  actIndex,
  onChange,
  newKey,
  problems,
  onAdded,
}: {
  act: ActDraft;
  actIndex: number;
  onChange: (beats: BeatDraft[]) => void;
  newKey: NewKey;
  problems: ReadonlyMap<string, string>;
  onAdded: (key: string) => void;
}) {
  const { beats } = act;
  return (
    <div className="flex flex-col gap-2 border-l-2 border-ink-100 pl-3 dark:border-ink-800">
      {beats.map((beat, index) => {
        const path = `acts.${actIndex}.beats.${index}`;
        const what = `beat ${index + 1} of act ${actIndex + 1}`;
        return (
          <fieldset key={beat.key} data-testid="beat-editor" className="flex flex-col gap-1.5">
            <div className="flex items-center justify-between">
              <legend className="text-xs font-semibold text-ink-500">Beat {index + 1}</legend>
              <EntryControls
                what={what}
                index={index}
                count={beats.length}
                onMove={(by) => onChange(moveEntry(beats, index, by))}
                onRemove={() => onChange(removeEntry(beats, index))}
              />
            </div>
            <NestedField
              id={`${beat.key}-name`}
              label={`Beat ${index + 1} name`}
              testId="beat-name"
              value={beat.name}
              problem={problems.get(`${path}.name`)}
              onChange={(name) => onChange(replaceEntry(beats, index, { name }))}
            />
            <NestedField
              id={`${beat.key}-description`}
              label={`Beat ${index + 1} description`}
              testId="beat-description"
              multiline
              value={beat.description}
              problem={problems.get(`${path}.description`)}
              onChange={(description) => onChange(replaceEntry(beats, index, { description }))}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        data-testid="add-beat"
        className={ADD_BUTTON}
        onClick={() => {
          const key = newKey();
          onChange([...beats, { key, name: '', description: '' }]);
          onAdded(key);
        }}
      >
        Add beat to act {actIndex + 1}
      </button>
    </div>
  );
}

export function ActsEditor({ acts, onChange, newKey, problems, onAdded }: ActsEditorProps) {
  return (
    <section data-testid="acts-editor" aria-labelledby="acts-editor-title" className="flex flex-col gap-3">
      <h4 id="acts-editor-title" className="text-xs font-semibold uppercase tracking-wider text-ink-400">
        Acts
      </h4>
      {problems.get('acts') && (
        <p className="text-xs text-red-700 dark:text-red-300">{problems.get('acts')}</p>
      )}
      {acts.map((act, index) => {
        const path = `acts.${index}`;
        return (
          <fieldset
            key={act.key}
            data-testid="act-editor"
            className="flex flex-col gap-2 rounded-lg border border-ink-200 p-3 dark:border-ink-700"
          >
            <div className="flex items-center justify-between">
              <legend className="text-sm font-semibold">Act {index + 1}</legend>
              <EntryControls
                what={`act ${index + 1}`}
                index={index}
                count={acts.length}
                onMove={(by) => onChange(moveEntry(acts, index, by))}
                onRemove={() => onChange(removeEntry(acts, index))}
              />
            </div>
            <NestedField
              id={`${act.key}-name`}
              label={`Act ${index + 1} name`}
              testId="act-name"
              value={act.name}
              problem={problems.get(`${path}.name`)}
              onChange={(name) => onChange(replaceEntry(acts, index, { name }))}
            />
            <NestedField
              id={`${act.key}-summary`}
              label={`Act ${index + 1} summary`}
              testId="act-summary"
              multiline
              value={act.summary}
              problem={problems.get(`${path}.summary`)}
              onChange={(summary) => onChange(replaceEntry(acts, index, { summary }))}
            />
            <BeatsEditor
              act={act}
              actIndex={index}
              newKey={newKey}
              problems={problems}
              onAdded={onAdded}
              onChange={(beats) => onChange(replaceEntry(acts, index, { beats }))}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        data-testid="add-act"
        className={ADD_BUTTON}
        onClick={() => {
          const key = newKey();
          onChange([...acts, { key, name: '', summary: '', beats: [] }]);
          onAdded(key);
        }}
      >
        Add act
      </button>
    </section>
  );
}
