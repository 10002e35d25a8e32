// The editable copies of a plot's acts and beats and a character's relationships, and the PATCH they make.

export interface BeatDraft {
  key: string;
  name: string;
  description: string;
}
export interface ActDraft {
  key: string;
  name: string;
  summary: string;
  beats: BeatDraft[];
}
export interface RelationshipDraft {
  key: string;
  name: string;
  relationship: string;
}

/** Keys let React keep each row's input (and focus) with its entry when entries move. */
export type NewKey = () => string;

export function createKeySource(prefix: string): NewKey {
  let next = 0;
  return () => `${prefix}-${next++}`;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    : [];

export function actDrafts(item: Record<string, unknown>, newKey: NewKey): ActDraft[] {
  return records(item.acts).map((act) => ({
    key: newKey(),
    name: text(act.name),
    summary: text(act.summary),
    beats: records(act.beats).map((beat) => ({
      key: newKey(),
      name: text(beat.name),
      description: text(beat.description),
    })),
  }));
}

export function relationshipDrafts(item: Record<string, unknown>, newKey: NewKey): RelationshipDraft[] {
  return records(item.relationships).map((r) => ({
    key: newKey(),
    name: text(r.name),
    relationship: text(r.relationship),
  }));
}

/** The acts as the server takes them: without the row keys. */
export function actsForServer(acts: readonly ActDraft[]) {
  return acts.map(({ name, summary, beats }) => ({
    name,
    summary,
    beats: beats.map(({ name: beatName, description }) => ({ name: beatName, description })),
  }));
}

export function relationshipsForServer(relationships: readonly RelationshipDraft[]) {
  return relationships.map(({ name, relationship }) => ({ name, relationship }));
}

/**
 * The nested part of a PATCH: each list whole, and only when it differs from what was loaded, so saving
 * an untouched form sends nothing and a changed one replaces the list as the writer sees it.
 */
export function nestedPatch(
  item: Record<string, unknown>,
  drafts: { acts?: readonly ActDraft[]; relationships?: readonly RelationshipDraft[] },
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const noKeys = createKeySource('original');
  if (drafts.acts) {
    const acts = actsForServer(drafts.acts);
    if (JSON.stringify(acts) !== JSON.stringify(actsForServer(actDrafts(item, noKeys)))) patch.acts = acts;
  }
  if (drafts.relationships) {
    const relationships = relationshipsForServer(drafts.relationships);
    const loaded = relationshipsForServer(relationshipDrafts(item, noKeys));
    if (JSON.stringify(relationships) !== JSON.stringify(loaded)) patch.relationships = relationships;
  }
  return patch;
}

/** The list with the entry at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveEntry<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const entry = list[index];
  const other = list[target];
  if (entry === undefined || other === undefined) return [...list];
  const moved = [...list];
  moved[index] = other;
  moved[target] = entry;
  return moved;
}

export function removeEntry<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceEntry<T>(list: readonly T[], index: number, change: Partial<T>): T[] {
  return list.map((entry, i) => (i === index ? { ...entry, ...change } : entry));
}
