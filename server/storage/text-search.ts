// The library's full-text search seam, and its SQLite implementation on FTS5 (PostgreSQL's is pg-text-search.ts).
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

type Row = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: raw SQL over any artifact table
type AnyDb = Kysely<any>;

/** The filters besides the search (owner, session, links, genre), written against a given table alias. */
export type Conditions = (table: string) => RawBuilder<unknown>;

/** What was typed, and whose library it is searched in (the owner is also among `where`'s filters). */
export interface SearchTerms {
  q: string;
  owner?: string;
}

export interface SearchPage {
  rows: Row[];
  next_cursor: string | null;
}

/**
 * Artifacts of one kind whose searched text holds every word typed, each word also matching as the
 * start of a longer one ("drag" finds "dragons"), newest first. Whatever is typed is taken as words,
 * never as query syntax, so no input can make the search fail.
 */
export interface ArtifactTextSearch {
  /** Whether `q` holds any word to look for; a query of punctuation alone matches nothing. */
  hasWords(q: string): boolean;
  page(
    kind: ArtifactKind,
    terms: SearchTerms,
    where: Conditions,
    page: { cursor?: string; limit: number; offset: number },
  ): Promise<SearchPage>;
  /** How many match, counting no further than `cap` + 1 when a cap is given. */
  count(kind: ArtifactKind, terms: SearchTerms, where: Conditions, cap?: number): Promise<number>;
}

/** Letters and digits in any script: what the unicode61 tokenizer keeps, and nothing FTS5 reads as syntax. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAS_WORD = /[\p{L}\p{N}\p{M}]/u;
const MAX_WORDS = 16;

/**
 * The words of `q` a search looks for, at most 16; undefined when it has none. Every dialect builds its
 * query from these alone, so what is typed is never read as query syntax.
 */
export function searchWords(q: string): string[] | undefined {
  const words = q.normalize('NFKC').match(WORD)?.slice(0, MAX_WORDS);
  return words && words.length > 0 ? words : undefined;
}

/**
 * `q` as an FTS5 query over the text columns: every word required, each as a quoted prefix except a
 * single letter (the start of every other word: it would cost a scan and find everything); undefined
 * when `q` has no word. With an owner, only that owner's entries are read.
 */
function fts5Query(q: string, owner?: string): string | undefined {
  const words = searchWords(q);
  if (!words) return undefined;
  const text = `- {owner} : (${words.map((word) => (word.length > 1 ? `"${word}"*` : `"${word}"`)).join(' ')})`;
  // An owner key with no word in it ('' is nobody's) cannot narrow the read; `where` still filters.
  if (owner === undefined || !HAS_WORD.test(owner)) return text;
  return `owner : "${owner.replaceAll('"', '""')}" AND ${text}`;
}

const RowidCursor = z.tuple([z.number().int()]);

/**
 * FTS5 over external-content tables kept in step by triggers (migration 0003). Pages follow the index's
 * own rowid order, newest first, so a page stops reading as soon as it is full whatever the word.
 */
export function createFts5Search(db: AnyDb): ArtifactTextSearch {
  // The owner in the index only narrows the read: unicode61 folds case, so `where` still checks it exactly.
  const matching = (kind: ArtifactKind, terms: SearchTerms, where: Conditions) => {
    const fts = sql.table(`${kind}_fts`);
    return sql`FROM ${fts} JOIN ${sql.table(kind)} AS t ON t.rowid = ${fts}.rowid
      WHERE ${fts} MATCH ${fts5Query(terms.q, terms.owner) ?? '""'} AND ${where('t')}`;
  };
  return {
    hasWords: (q) => fts5Query(q) !== undefined,

    async page(kind, terms, where, { cursor, limit, offset }) {
      const fts = sql.table(`${kind}_fts`);
      const after = cursor ? sql`AND ${fts}.rowid < ${decodeCursor(cursor, RowidCursor)[0]}` : sql``;
      const { rows } = await sql<Row & { search_key: number }>`
        SELECT t.*, ${fts}.rowid AS search_key ${matching(kind, terms, where)} ${after}
        ORDER BY ${fts}.rowid DESC LIMIT ${limit + 1} OFFSET ${offset}
      `.execute(db);
      const more = rows.length > limit;
      const shown = rows.slice(0, limit);
      const last = shown.at(-1);
      return {
        rows: shown.map(({ search_key: _key, ...row }) => row),
        next_cursor: more && last ? encodeCursor([last.search_key]) : null,
      };
    },

    async count(kind, terms, where, cap) {
      const limit = cap === undefined ? sql`` : sql`LIMIT ${cap + 1}`;
      const { rows } = await sql<{ n: number }>`
        SELECT count(*) AS n FROM (SELECT 1 ${matching(kind, terms, where)} ${limit})
      `.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
  };
}
