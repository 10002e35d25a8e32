// Opens a PostgreSQL database through a connection pool and brings its schema up to date, one instance at a time.
import { Kysely, PostgresDialect, sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import pg from 'pg';
import type { Database } from './database.ts';
import { migrationsWith } from './migrations/index.ts';
import { MigrationFailedError } from './sqlite.ts';

/** `postgres://…` and `postgresql://…` open PostgreSQL; anything else is a SQLite path. */
export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/** The database for logs and errors: a PostgreSQL URL without its password, a SQLite path as it is. */
export function describeDatabase(databaseUrl: string): string {
  if (!isPostgresUrl(databaseUrl)) return databaseUrl;
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${url.username}@` : '';
    return `${url.protocol}//${user}${url.host}${url.pathname}`;
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

export interface OpenedPostgres {
  db: Kysely<Database>;
  /** The names of the migrations this open applied (empty when another instance had applied them). */
  applied: string[];
}

/**
 * Every instance that boots against the database takes this session-level advisory lock before it
 * migrates, so when several boot at once one migrates and the others wait, then find nothing to do.
 */
const MIGRATION_LOCK = sql`hashtext('bookswriter.migrations')`;

export async function openPostgres(
  databaseUrl: string,
  extraMigrations: Record<string, Migration> = {},
): Promise<OpenedPostgres> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // A pooled connection that dies while idle (PostgreSQL restarted) is dropped by the pool, which
  // reports it here; the next query opens a fresh one, so it must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    return { db, applied: await migrateUnderLock(db, extraMigrations) };
  } catch (error) {
    await db.destroy();
    throw new MigrationFailedError(`Could not migrate ${describeDatabase(databaseUrl)}: ${String(error)}`, {
      cause: error,
    });
  }
}

async function migrateUnderLock(
  db: Kysely<Database>,
  extraMigrations: Record<string, Migration>,
): Promise<string[]> {
  // One connection holds the lock for the whole run; the migrator uses others from the pool.
  return db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
    try {
      const { error, results } = await new Migrator({
        db,
        provider: migrationsWith(extraMigrations),
      }).migrateToLatest();
      if (error) throw error;
      return (results ?? []).map((r) => r.migrationName);
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
    }
  });
}
