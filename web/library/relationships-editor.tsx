// Edits a character's relationships: who, and what they are to this character; add, remove and reorder.
import { EntryControls } from './entry-controls.tsx';
import {
  moveEntry,
  type NewKey,
  type RelationshipDraft,
  removeEntry,
  replaceEntry,
} from './nested-drafts.ts';
import { NestedField } from './nested-field.tsx';

interface RelationshipsEditorProps {
  relationships: RelationshipDraft[];
  onChange: (relationships: RelationshipDraft[]) => void;
  newKey: NewKey;
  problems: ReadonlyMap<string, string>;
  onAdded: (key: string) => void;
}

export function RelationshipsEditor({
  relationships,
  onChange,
  newKey,
  problems,
  onAdded,
}: RelationshipsEditorProps) {
  return (
    <section
      data-testid="relationships-editor"
      aria-labelledby="relationships-editor-title"
      className="flex flex-col gap-3"
    >
      <h4
        id="relationships-editor-title"
        className="text-xs font-semibold uppercase tracking-wider text-ink-400"
      >
        Relationships
      </h4>
      {problems.get('relationships') && (
        <p className="text-xs text-red-700 dark:text-red-300">{problems.get('relationships')}</p>
      )}
      {relationships.map((entry, index) => {
        const path = `relationships.${index}`;
        return (
          <fieldset
            key={entry.key}
            data-testid="relationship-editor"
            className="flex flex-col gap-2 rounded-lg border border-ink-200 p-3 dark:border-ink-700"
          >
            <div className="flex items-center justify-between">
              <legend className="text-sm font-semibold">Relationship {index + 1}</legend>
              <EntryControls
                what={`relationship ${index + 1}`}
                index={index}
                count={relationships.length}
                onMove={(by) => onChange(moveEntry(relationships, index, by))}
                onRemove={() => onChange(removeEntry(relationships, index))}
              />
            </div>
            <NestedField
              id={`${entry.key}-name`}
              label={`Relationship ${index + 1}: character's name`}
              testId="relationship-name"
              value={entry.name}
              problem={problems.get(`${path}.name`)}
              onChange={(name) => onChange(replaceEntry(relationships, index, { name }))}
            />
            <NestedField
              id={`${entry.key}-relationship`}
              label={`Relationship ${index + 1}: what they are to each other`}
              testId="relationship-text"
              multiline
              value={entry.relationship}
              problem={problems.get(`${path}.relationship`)}
              onChange={(relationship) => onChange(replaceEntry(relationships, index, { relationship }))}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        data-testid="add-relationship"
        className="self-start rounded-lg border border-dashed border-quill-400 px-2.5 py-1 text-xs text-quill-700 hover:bg-quill-50 dark:border-quill-700 dark:text-quill-300 dark:hover:bg-ink-800"
        onClick={() => {
          const key = newKey();
          onChange([...relationships, { key, name: '', relationship: '' }]);
          onAdded(key);
        }}
      >
        Add relationship
      </button>
    </section>
  );
}
