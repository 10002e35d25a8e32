// A kind's full-text index, per dialect: FTS5 kept in step by triggers on SQLite, a GIN expression index on PostgreSQL.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { perDialect } from './dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current table types
type AnyDatabase = Kysely<any>;

/**
 * PostgreSQL's text search configuration for the library: the `simple` parser and dictionary (no
 * stemming, case folded, like FTS5's unicode61) with accents removed first (`unaccent`), as FTS5's
 * `remove_diacritics 2` does.
 */
export const PG_SEARCH_CONFIG = 'bookswriter_search';

/** The characters that join words into one token for PostgreSQL's parser (and for no one else). */
const TOKEN_JOINERS = '.@/:';

/**
 * The document PostgreSQL searches: the searched columns joined, as a tsvector. The index is built on
 * this expression and every search repeats it exactly (`alias` only qualifies the columns), which is
 * what lets the planner use the index. A fixed configuration keeps `to_tsvector` immutable.
 */
export function pgSearchVector(columns: readonly string[], alias?: string): RawBuilder<unknown> {
  const text = sql.join(
    columns.map((column) => sql`coalesce(${sql.ref(alias ? `${alias}.${column}` : column)}, '')`),
    sql` || ' ' || `,
  );
  // PostgreSQL's parser keeps an e-mail address, a host, a path or a number like 2.5 as one token,
  // where FTS5 and the typed words split them; turning their separators into spaces splits them too.
  return sql`to_tsvector(${sql.lit(PG_SEARCH_CONFIG)}::regconfig, translate(${text}, ${sql.lit(TOKEN_JOINERS)}, ${sql.lit(' '.repeat(TOKEN_JOINERS.length))}))`;
}

async function ensurePgSearchConfig(db: AnyDatabase): Promise<void> {
  // A trusted extension: the database's owner may create it without being a superuser.
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  const { rows } = await sql`SELECT 1 FROM pg_ts_config WHERE cfgname = ${PG_SEARCH_CONFIG}`.execute(db);
  if (rows.length > 0) return;
  const config = sql.id(PG_SEARCH_CONFIG);
  await sql`CREATE TEXT SEARCH CONFIGURATION ${config} (COPY = simple)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION ${config}
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`.execute(db);
}

/**
 * Indexes `columns` of `table` for search, and the owner with them on SQLite, so a writer's search
 * intersects with their own entries. SQLite: an external-content FTS5 table (`{table}_fts`, prefix
 * indexes for 2–4 letters) keyed on the table's implicit rowid, filled from what the table already
 * holds. PostgreSQL: a GIN index (`{table}_search`) on `pgSearchVector(columns)`; the owner is
 * narrowed by the (owner, created_at, id) index instead.
 */
export async function createSearchIndex(
  db: AnyDatabase,
  table: string,
  columns: readonly string[],
): Promise<void> {
  await perDialect(db, {
    sqlite: () => createFts5Index(db, table, columns),
    postgres: async () => {
      await ensurePgSearchConfig(db);
      await sql`CREATE INDEX ${sql.id(`${table}_search`)} ON ${sql.table(table)}
        USING gin (${pgSearchVector(columns)})`.execute(db);
    },
  });
}

export async function dropSearchIndex(db: AnyDatabase, table: string): Promise<void> {
  await perDialect(db, {
    sqlite: async () => {
      for (const event of ['insert', 'delete', 'update'])
        await sql`DROP TRIGGER ${sql.raw(`${table}_fts_${event}`)}`.execute(db);
      await sql`DROP TABLE ${sql.table(`${table}_fts`)}`.execute(db);
    },
    postgres: async () => {
      await sql`DROP INDEX IF EXISTS ${sql.id(`${table}_search`)}`.execute(db);
    },
  });
}

async function createFts5Index(db: AnyDatabase, table: string, columns: readonly string[]): Promise<void> {
  const fts = sql.table(`${table}_fts`);
  const indexed = [...columns, 'owner'];
  const cols = sql.raw(indexed.join(', '));
  const values = (row: 'new' | 'old') => sql.raw(indexed.map((c) => `${row}.${c}`).join(', '));
  // External content: the index holds only tokens; the text stays in the artifact table. The rowid
  // is the artifact table's implicit one, which only VACUUM renumbers (see docs/architecture.md).
  await sql`
    CREATE VIRTUAL TABLE ${fts} USING fts5(
      ${cols}, content=${sql.lit(table)}, content_rowid='rowid',
      tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
    )
  `.execute(db);
  await sql`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`.execute(db);
  await sql`
    CREATE TRIGGER ${sql.raw(`${table}_fts_insert`)} AFTER INSERT ON ${sql.table(table)} BEGIN
      INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.rowid, ${values('new')});
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER ${sql.raw(`${table}_fts_delete`)} AFTER DELETE ON ${sql.table(table)} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.rowid, ${values('old')});
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER ${sql.raw(`${table}_fts_update`)} AFTER UPDATE OF ${cols} ON ${sql.table(table)} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.rowid, ${values('old')});
      INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.rowid, ${values('new')});
    END
  `.execute(db);
}
