// One page of a kind's artifacts, newest first: keyset pages through (owner, created_at, id), a cheap total, text search.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ArtifactByKind, ArtifactKind, LibraryPage } from '../../protocol/artifacts.ts';
import { type ArtifactKindSpec, artifactFromRow } from './artifact-kinds.ts';
import { countRows, keysetPage } from './keyset-page.ts';
import type { ArtifactQuery } from './repository.ts';
import type { ArtifactTextSearch, Conditions } from './text-search.ts';

type Row = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: raw SQL over any artifact table
type AnyDb = Kysely<any>;

/** Totals stop counting here unless an exact one is asked for: counting a whole library costs a scan. */
export const TOTAL_CAP = 200;

/** The query's filters other than the search, against table alias `t`. */
function conditionsOf(spec: ArtifactKindSpec, query: ArtifactQuery): Conditions {
  return (t) => {
    const col = (name: string) => sql.ref(`${t}.${name}`);
    const all: RawBuilder<unknown>[] = [];
    if (query.owner !== undefined) all.push(sql`${col('owner')} = ${query.owner}`);
    if (query.session_id !== undefined) all.push(sql`${col('session_id')} = ${query.session_id}`);
    for (const link of spec.links) {
      const linkedId = query[link];
      if (linkedId !== undefined) all.push(sql`${col(link)} = ${linkedId}`);
    }
    const genre = query.genre?.trim().toLowerCase();
    if (genre && spec.genre.length > 0) {
      const any = spec.genre.map((column) => sql`lower(${col(column)}) = ${genre}`);
      all.push(sql`(${sql.join(any, sql` OR `)})`);
    }
    return all.length > 0 ? sql.join(all, sql` AND `) : sql`TRUE`;
  };
}

/** Throws InvalidCursorError for a cursor this listing did not give out. */
export async function listArtifacts<K extends ArtifactKind>(
  db: AnyDb,
  search: ArtifactTextSearch,
  kind: K,
  spec: ArtifactKindSpec,
  query: ArtifactQuery,
): Promise<LibraryPage<ArtifactByKind[K]>> {
  const where = conditionsOf(spec, query);
  const q = query.q?.trim();
  const cap = query.exact_total ? undefined : TOTAL_CAP;
  let page: { rows: Row[]; next_cursor: string | null };
  let counted: number;
  if (q && !search.hasWords(q)) {
    page = { rows: [], next_cursor: null };
    counted = 0;
  } else if (q) {
    const terms = { q, owner: query.owner };
    page = await search.page(kind, terms, where, query);
    counted = await search.count(kind, terms, where, cap);
  } else {
    page = await keysetPage(db, kind, query, where);
    counted = await countRows(db, kind, where, cap);
  }
  const capped = cap !== undefined && counted > cap;
  return {
    items: page.rows.map((row) => artifactFromRow(spec, row) as unknown as ArtifactByKind[K]),
    total: capped ? TOTAL_CAP : counted,
    total_capped: capped,
    limit: query.limit,
    offset: query.offset,
    next_cursor: page.next_cursor,
  };
}
