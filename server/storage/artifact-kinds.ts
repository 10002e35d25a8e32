// How each kind of artifact maps onto its table: which columns hold JSON, which are searched, which link elsewhere.
import type { ArtifactKind } from '../../protocol/artifacts.ts';

export interface ArtifactKindSpec {
  /** Columns an artifact of this kind carries besides id, session_id and timestamps. */
  fields: readonly string[];
  /** Fields kept as JSON text: arrays and nested objects. */
  json: readonly string[];
  /** Fields `q` searches: the columns of the kind's FTS table (migration 0003); changing them needs a migration. */
  searchable: readonly string[];
  /** Fields the `genre` filter matches exactly, ignoring case. */
  genre: readonly string[];
  /** Columns that point at another artifact. */
  links: readonly ('plot_id' | 'world_id' | 'author_id')[];
  /** The field the library shows as the artifact's name. */
  label: 'title' | 'name';
}

export const ARTIFACT_KIND_SPECS: Record<ArtifactKind, ArtifactKindSpec> = {
  plots: {
    fields: ['title', 'logline', 'summary', 'genre', 'subgenre', 'tone', 'themes', 'target_audience', 'acts'],
    json: ['themes', 'acts'],
    searchable: ['title', 'logline', 'summary', 'genre', 'subgenre', 'tone'],
    genre: ['genre', 'subgenre'],
    links: ['author_id'],
    label: 'title',
  },
  characters: {
    fields: ['name', 'role', 'description', 'backstory', 'motivations', 'arc', 'relationships'],
    json: ['motivations', 'relationships'],
    searchable: ['name', 'role', 'description', 'backstory', 'arc'],
    genre: [],
    links: ['plot_id', 'world_id'],
    label: 'name',
  },
  worlds: {
    fields: [
      'name',
      'type',
      'overview',
      'geography',
      'politics',
      'cultures',
      'economy',
      'history',
      'magic_or_technology',
      'languages',
      'religions',
      'unique_elements',
    ],
    json: ['unique_elements'],
    searchable: ['name', 'type', 'overview', 'geography', 'history'],
    genre: ['type'],
    links: ['plot_id'],
    label: 'name',
  },
  authors: {
    fields: ['name', 'pen_name', 'biography', 'writing_style', 'genres'],
    json: ['genres'],
    searchable: ['name', 'pen_name', 'biography', 'writing_style'],
    genre: [],
    links: [],
    label: 'name',
  },
};

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
