// The library — plots, characters, worlds, authors — stored through Kysely, one table per kind.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import {
  type ArtifactByKind,
  type ArtifactKind,
  AuthorInput,
  CharacterInput,
  PlotInput,
  WorldInput,
} from '../../protocol/artifacts.ts';
import { ARTIFACT_KIND_SPECS, artifactFromRow, columnsFromFields } from './artifact-kinds.ts';
import type { TimestampClock } from './clock.ts';
import type { Database } from './database.ts';
import type { ArtifactLinks, ArtifactQuery, ArtifactStore } from './repository.ts';

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

/** `%` and `_` in a search are literal text, not wildcards. */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function createArtifactStore(typedDb: Kysely<Database>, now: TimestampClock): ArtifactStore {
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

    async list<K extends ArtifactKind>(kind: K, query: ArtifactQuery) {
      const spec = ARTIFACT_KIND_SPECS[kind];
      let base = db.selectFrom(kind as string);
      if (query.session_id !== undefined) base = base.where('session_id', '=', query.session_id);
      if (query.owner !== undefined) base = base.where('owner', '=', query.owner);
      for (const link of spec.links) {
        const linkedId = query[link];
        if (linkedId !== undefined) base = base.where(link, '=', linkedId);
      }
      const genre = query.genre?.trim().toLowerCase();
      if (genre && spec.genre.length > 0) {
        base = base.where((eb) =>
          eb.or(spec.genre.map((column) => eb(eb.fn('lower', [eb.ref(column)]), '=', genre))),
        );
      }
      const q = query.q?.trim();
      if (q) {
        const pattern = likePattern(q);
        base = base.where((eb) =>
          eb.or(
            spec.searchable.map(
              (column) => sql<boolean>`lower(${eb.ref(column)}) like ${pattern} escape '\\'`,
            ),
          ),
        );
      }
      const [rows, count] = await Promise.all([
        base
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((row) => artifactFromRow(spec, row) as unknown as ArtifactByKind[K]),
        total: Number(count.total),
        limit: query.limit,
        offset: query.offset,
      };
    },

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
