// How each kind of artifact maps onto its table: which columns hold JSON, which are searched, which link elsewhere.
import { type ArtifactKind, KINDS } from '../../protocol/artifacts.ts';
import type { KindDefinition, LinkColumn } from '../../protocol/kind-definition.ts';

/** A kind's table as storage reads it off the kind's definition. */
export interface ArtifactKindSpec {
  /** Columns an artifact of this kind carries besides id, owner, session_id, links and timestamps. */
  fields: readonly string[];
  /** Fields kept as JSON text: arrays and nested objects. */
  json: readonly string[];
  /** Fields `q` searches: the columns of the kind's full-text table; changing them needs a migration. */
  searchable: readonly string[];
  /** Fields the `genre` filter matches exactly, ignoring case. */
  genre: readonly string[];
  /** Columns that point at another artifact. */
  links: readonly LinkColumn[];
  /** The field the library shows as the artifact's name. */
  label: string;
}

export function storageSpecOf(definition: KindDefinition): ArtifactKindSpec {
  return {
    fields: definition.fields.map((field) => field.name),
    json: definition.fields.filter((field) => field.json).map((field) => field.name),
    searchable: definition.searchable,
    genre: definition.genre,
    links: Object.keys(definition.links) as LinkColumn[],
    label: definition.label,
  };
}

export const ARTIFACT_KIND_SPECS = Object.fromEntries(
  Object.entries(KINDS).map(([kind, definition]) => [kind, storageSpecOf(definition as KindDefinition)]),
) as Record<ArtifactKind, ArtifactKindSpec>;

type Row = Record<string, unknown>;

/** A stored row as the artifact the protocol describes; the owner key is a credential and stays behind. */
export function artifactFromRow(spec: ArtifactKindSpec, row: Row): Row {
  const { owner: _owner, ...artifact } = row;
  for (const field of spec.json) artifact[field] = JSON.parse(String(row[field] ?? '[]'));
  return artifact;
}

/** The columns to write for the given artifact fields, JSON fields serialised; unknown keys are dropped. */
export function columnsFromFields(spec: ArtifactKindSpec, fields: Row): Record<string, string | null> {
  const columns: Record<string, string | null> = {};
  for (const column of [...spec.fields, ...spec.links]) {
    const value = fields[column];
    if (value === undefined) continue;
    columns[column] = spec.json.includes(column) ? JSON.stringify(value) : (value as string | null);
  }
  return columns;
}
