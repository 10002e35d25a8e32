// The library — plots, characters, worlds, authors — stored through Kysely, one table per kind.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type ArtifactByKind, type ArtifactKind, KINDS } from '../../protocol/artifacts.ts';
import type { KindRegistry } from '../../protocol/kind-definition.ts';
import {
  type ArtifactKindSpec,
  artifactFromRow,
  columnsFromFields,
  storageSpecOf,
} from './artifact-kinds.ts';
import { listArtifacts } from './artifact-listing.ts';
import type { TimestampClock } from './clock.ts';
import type { Database } from './database.ts';
import type { ArtifactLinks, ArtifactStore } from './repository.ts';
import { type ArtifactTextSearch, createFts5Search } from './text-search.ts';

/**
 * Every kind's table shares id, owner, session_id and timestamps; the rest is read off the kind's
 * definition, so this view types every other column loosely.
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
  kinds: KindRegistry = KINDS,
): ArtifactStore {
  const db = typedDb as unknown as Kysely<ArtifactTables>;
  const specs = new Map<string, ArtifactKindSpec>(
    Object.values(kinds).map((definition) => [definition.kind, storageSpecOf(definition)]),
  );
  const specOf = (kind: string): ArtifactKindSpec => {
    const spec = specs.get(kind);
    if (!spec) throw new Error(`Unknown artifact kind: ${kind}`);
    return spec;
  };

  async function insert<K extends ArtifactKind>(
    kind: K,
    input: unknown,
    links: ArtifactLinks,
  ): Promise<ArtifactByKind[K]> {
    const spec = specOf(kind);
    // Parsed here so omitted optional fields are stored as their defaults, never as NULL.
    const fields = kinds[kind]?.input.parse(input) as Record<string, unknown>;
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
    const artifact = artifactFromRow(specOf(kind), row) as unknown as ArtifactByKind[K];
    return { artifact, owner: String(row.owner) };
  }

  async function get<K extends ArtifactKind>(kind: K, id: string): Promise<ArtifactByKind[K] | undefined> {
    return (await getOwned(kind, id))?.artifact;
  }

  return {
    create: insert,

    get,
    getOwned,

    list: (kind, query) => listArtifacts(db, search, kind, specOf(kind), query),

    async update(kind, id, patch) {
      const columns = columnsFromFields(specOf(kind), patch as Record<string, unknown>);
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
