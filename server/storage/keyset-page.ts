// Newest-first pages of one kind's rows by (created_at, id), and their capped count: plain SQL both dialects run.
import { type Kysely, sql } from 'kysely';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { CreatedCursor, decodeCursor, encodeCursor } from './page-cursor.ts';
import type { Conditions } from './text-search.ts';

type Row = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: raw SQL over any artifact table
type AnyDb = Kysely<any>;

/** One page of the rows `where` selects, newest first; throws InvalidCursorError for a foreign cursor. */
export async function keysetPage(
  db: AnyDb,
  kind: ArtifactKind,
  page: { cursor?: string; limit: number; offset: number },
  where: Conditions,
): Promise<{ rows: Row[]; next_cursor: string | null }> {
  const after = page.cursor
    ? (([createdAt, id]) => sql`AND (t.created_at, t.id) < (${createdAt}, ${id})`)(
        decodeCursor(page.cursor, CreatedCursor),
      )
    : sql``;
  const { rows } = await sql<Row>`
    SELECT t.* FROM ${sql.table(kind)} AS t WHERE ${where('t')} ${after}
    ORDER BY t.created_at DESC, t.id DESC LIMIT ${page.limit + 1} OFFSET ${page.offset}
  `.execute(db);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const next_cursor =
    rows.length > page.limit && last ? encodeCursor([String(last.created_at), String(last.id)]) : null;
  return { rows: shown, next_cursor };
}

/** How many rows `where` selects, counting no further than `cap` + 1 when a cap is given. */
export async function countRows(db: AnyDb, kind: ArtifactKind, where: Conditions, cap?: number) {
  const limit = cap === undefined ? sql`` : sql`LIMIT ${cap + 1}`;
  const { rows } = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM (SELECT 1 FROM ${sql.table(kind)} AS t WHERE ${where('t')} ${limit}) AS counted
  `.execute(db);
  return Number(rows[0]?.n ?? 0);
}
