// Which fields of each artifact kind the library shows and lets the writer edit, and how each is edited.
import type { ArtifactKind } from '../../protocol/artifacts.ts';

export interface FieldSpec {
  name: string;
  label: string;
  /** text: one line; long: paragraphs; list: one entry per line. */
  input: 'text' | 'long' | 'list';
  required?: boolean;
}

export const FIELDS: Record<ArtifactKind, FieldSpec[]> = {
  plots: [
    { name: 'title', label: 'Title', input: 'text', required: true },
    { name: 'logline', label: 'Logline', input: 'long', required: true },
    { name: 'genre', label: 'Genre', input: 'text', required: true },
    { name: 'subgenre', label: 'Subgenre', input: 'text' },
    { name: 'tone', label: 'Tone', input: 'text' },
    { name: 'target_audience', label: 'Target audience', input: 'text' },
    { name: 'themes', label: 'Themes', input: 'list' },
    { name: 'summary', label: 'Summary', input: 'long', required: true },
  ],
  characters: [
    { name: 'name', label: 'Name', input: 'text', required: true },
    { name: 'role', label: 'Role', input: 'text', required: true },
    { name: 'description', label: 'Description', input: 'long', required: true },
    { name: 'backstory', label: 'Backstory', input: 'long' },
    { name: 'motivations', label: 'Motivations', input: 'list' },
    { name: 'arc', label: 'Arc', input: 'long' },
  ],
  worlds: [
    { name: 'name', label: 'Name', input: 'text', required: true },
    { name: 'type', label: 'Type', input: 'text', required: true },
    { name: 'overview', label: 'Overview', input: 'long', required: true },
    { name: 'geography', label: 'Geography', input: 'long' },
    { name: 'politics', label: 'Politics', input: 'long' },
    { name: 'cultures', label: 'Cultures', input: 'long' },
    { name: 'economy', label: 'Economy', input: 'long' },
    { name: 'history', label: 'History', input: 'long' },
    { name: 'magic_or_technology', label: 'Magic or technology', input: 'long' },
    { name: 'languages', label: 'Languages', input: 'long' },
    { name: 'religions', label: 'Religions', input: 'long' },
    { name: 'unique_elements', label: 'Unique elements', input: 'list' },
  ],
  authors: [
    { name: 'name', label: 'Name', input: 'text', required: true },
    { name: 'pen_name', label: 'Pen name', input: 'text' },
    { name: 'biography', label: 'Biography', input: 'long', required: true },
    { name: 'writing_style', label: 'Writing style', input: 'long', required: true },
    { name: 'genres', label: 'Genres', input: 'list' },
  ],
};

export const KIND_LABEL: Record<ArtifactKind, { one: string; many: string }> = {
  plots: { one: 'plot', many: 'Plots' },
  characters: { one: 'character', many: 'Characters' },
  worlds: { one: 'world', many: 'Worlds' },
  authors: { one: 'author', many: 'Authors' },
};

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
