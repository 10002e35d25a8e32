// The library's full-text search on PostgreSQL: the GIN-indexed tsvector of migration 0003, paged like the plain list.
import { type Kysely, sql } from 'kysely';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { countRows, keysetPage } from './keyset-page.ts';
import { PG_SEARCH_CONFIG, pgSearchVector } from './migrations/search-index.ts';
import { type ArtifactTextSearch, type Conditions, type SearchTerms, searchWords } from './text-search.ts';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over any artifact table
type AnyDb = Kysely<any>;

/**
 * The words as a tsquery: every one required, each a quoted prefix (`'drag':*` finds "dragons") except
 * a single letter, which would match nearly everything. The words hold only letters, digits and marks,
 * so quoting them is enough to keep them from being read as tsquery syntax.
 */
function tsquery(words: readonly string[]): string {
  return words.map((word) => (word.length > 1 ? `'${word}':*` : `'${word}'`)).join(' & ');
}

/**
 * Search over `searchedColumns(kind)`, which must be the columns the kind's index was built on (the
 * search repeats the index's expression, or the index goes unused). Pages are newest first by
 * (created_at, id) with the same keyset cursor as the plain list; the owner filter in `where` is
 * served by the (owner, created_at, id) index when the planner finds that cheaper.
 */
export function createPgTextSearch(
  db: AnyDb,
  searchedColumns: (kind: ArtifactKind) => readonly string[],
): ArtifactTextSearch {
  const matching =
    (kind: ArtifactKind, terms: SearchTerms, where: Conditions): Conditions =>
    (t) => {
      const query = tsquery(searchWords(terms.q) ?? []);
      return sql`${where(t)} AND ${pgSearchVector(searchedColumns(kind), t)}
        @@ to_tsquery(${sql.lit(PG_SEARCH_CONFIG)}::regconfig, ${query})`;
    };
  return {
    hasWords: (q) => searchWords(q) !== undefined,
    page: (kind, terms, where, page) => keysetPage(db, kind, page, matching(kind, terms, where)),
    count: (kind, terms, where, cap) => countRows(db, kind, matching(kind, terms, where), cap),
  };
}
