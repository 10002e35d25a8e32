// Which fields of each artifact kind the library shows and lets the writer edit, and how each is edited.
import { type ArtifactKind, KINDS } from '../../protocol/artifacts.ts';
import type { FieldDescriptor, KindDefinition } from '../../protocol/kind-definition.ts';

/** A field the form edits as text: one line, paragraphs, or a list with one entry per line. */
export type FieldSpec = FieldDescriptor & { input: 'text' | 'long' | 'list' };

function byKind<T>(pick: (definition: (typeof KINDS)[ArtifactKind]) => T): Record<ArtifactKind, T> {
  return Object.fromEntries(
    Object.entries(KINDS).map(([kind, definition]) => [kind, pick(definition)]),
  ) as Record<ArtifactKind, T>;
}

/** A kind's text fields, read off its schema; lists of rows (acts, relationships) have their own editors. */
export function FIELDS_OF(definition: KindDefinition): FieldSpec[] {
  return definition.fields.filter((field): field is FieldSpec => field.input !== 'rows');
}

export const FIELDS: Record<ArtifactKind, FieldSpec[]> = byKind(FIELDS_OF);

export const KIND_LABEL: Record<ArtifactKind, { one: string; many: string }> = byKind(
  (definition) => definition.names,
);

/** The name an artifact goes by: a plot's title, anything else's name. */
export function artifactTitle(item: Record<string, unknown>): string {
  const title = item.title ?? item.name;
  return typeof title === 'string' && title ? title : 'Untitled';
}

/** The form's text for a field: lists one entry per line. */
export function fieldText(item: Record<string, unknown>, field: FieldSpec): string {
  const value = item[field.name];
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('\n');
  return typeof value === 'string' ? value : '';
}

/** The PATCH body: only fields whose text changed, lists split back into entries. */
export function patchFromForm(
  item: Record<string, unknown>,
  fields: FieldSpec[],
  form: Record<string, string>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    const text = form[field.name];
    if (text === undefined || text === fieldText(item, field)) continue;
    patch[field.name] =
      field.input === 'list'
        ? text
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
        : text.trim();
  }
  return patch;
}
