// The library — plots, characters, worlds, authors — stored through Kysely, one table per kind.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type ArtifactByKind,
  type ArtifactKind,
  AuthorInput,
  CharacterInput,
  PlotInput,
  WorldInput,
} from '../../protocol/artifacts.ts';
import { ARTIFACT_KIND_SPECS, artifactFromRow, columnsFromFields } from './artifact-kinds.ts';
import { listArtifacts } from './artifact-listing.ts';
import type { TimestampClock } from './clock.ts';
import type { Database } from './database.ts';
import type { ArtifactLinks, ArtifactStore } from './repository.ts';
import { type ArtifactTextSearch, createFts5Search } from './text-search.ts';

/**
 * The four artifact tables share id, session_id and timestamps; the rest is driven by ARTIFACT_KIND_SPECS,
 * so this view types every other column loosely.
 */
type ArtifactRow = {
  id: string;
  owner: string;
  session_id: string | null;
  created_at: string;
  updated_at: string;
  [column: string]: string | null;
};
type ArtifactTables = { [table: string]: ArtifactRow };

export function createArtifactStore(
  typedDb: Kysely<Database>,
  now: TimestampClock,
  search: ArtifactTextSearch = createFts5Search(typedDb as unknown as Kysely<ArtifactTables>),
): ArtifactStore {
  const db = typedDb as unknown as Kysely<ArtifactTables>;

  async function insert<K extends ArtifactKind>(
    kind: K,
    fields: Record<string, unknown>,
    links: ArtifactLinks,
  ): Promise<ArtifactByKind[K]> {
    const spec = ARTIFACT_KIND_SPECS[kind];
    const at = now();
    const row: ArtifactRow = {
      ...columnsFromFields(spec, { ...fields, ...links }),
      id: randomUUID(),
      owner: links.owner,
      session_id: links.session_id,
      created_at: at,
      updated_at: at,
    };
    for (const link of spec.links) row[link] ??= null;
    await db
      .insertInto(kind as string)
      .values(row)
      .execute();
    return artifactFromRow(spec, row) as unknown as ArtifactByKind[K];
  }

  async function getOwned<K extends ArtifactKind>(kind: K, id: string) {
    const row = await db
      .selectFrom(kind as string)
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const artifact = artifactFromRow(ARTIFACT_KIND_SPECS[kind], row) as unknown as ArtifactByKind[K];
    return { artifact, owner: String(row.owner) };
  }

  async function get<K extends ArtifactKind>(kind: K, id: string): Promise<ArtifactByKind[K] | undefined> {
    return (await getOwned(kind, id))?.artifact;
  }

  return {
    // Inputs are parsed here so omitted optional fields are stored as their defaults, never as NULL.
    createPlot: (input, links) => insert('plots', PlotInput.parse(input), links),
    createCharacter: (input, links) => insert('characters', CharacterInput.parse(input), links),
    createWorld: (input, links) => insert('worlds', WorldInput.parse(input), links),
    createAuthor: (input, links) => insert('authors', AuthorInput.parse(input), links),

    get,
    getOwned,

    list: (kind, query) => listArtifacts(db, search, kind, query),

    async update(kind, id, patch) {
      const spec = ARTIFACT_KIND_SPECS[kind];
      const columns = columnsFromFields(spec, patch as Record<string, unknown>);
      const result = await db
        .updateTable(kind as string)
        .set({ ...columns, updated_at: now() })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return undefined;
      return get(kind, id);
    },

    async delete(kind, id) {
      const result = await db
        .deleteFrom(kind as string)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
