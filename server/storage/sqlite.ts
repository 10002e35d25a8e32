// Opens a SQLite file (or ':memory:') with the pragmas the server relies on and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import type { Database } from './database.ts';
import { migrationsWith } from './migrations/index.ts';

export interface OpenedSqlite {
  db: Kysely<Database>;
  /** The connection under Kysely, for the pragmas Kysely has no words for (checkpoints). */
  sqlite: BetterSqlite3.Database;
  /** The names of the migrations this open applied (empty when the file was already current). */
  applied: string[];
}

export class MigrationFailedError extends Error {
  readonly code = 'MIGRATION_FAILED';
}

/** How large an emptied write-ahead log may stay on disk. */
export const JOURNAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;

/** Opens and migrates the database; `extraMigrations` run after the schema's own (a kind registered beside the library's). */
export async function openSqlite(
  databaseUrl: string,
  extraMigrations: Record<string, Migration> = {},
): Promise<OpenedSqlite> {
  if (databaseUrl !== ':memory:') mkdirSync(dirname(databaseUrl), { recursive: true });
  const sqlite = new BetterSqlite3(databaseUrl);
  // WAL lets REST reads run while a turn streams into the transcript; NORMAL sync is durable against a
  // process crash (what resumption needs) and avoids an fsync per streamed chunk.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // After a checkpoint resets the log, SQLite cuts the file back to this size instead of leaving it at its peak.
  sqlite.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await new Migrator({
    db,
    provider: migrationsWith(extraMigrations),
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new MigrationFailedError(`Could not migrate ${databaseUrl}: ${String(error)}`, { cause: error });
  }
  return { db, sqlite, applied: (results ?? []).map((r) => r.migrationName) };
}
