// What a migration asks when SQL differs between SQLite and PostgreSQL: which dialect it runs on, and the few shared differences.
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current table types
type AnyDatabase = Kysely<any>;

export type Dialect = 'sqlite' | 'postgres';

/** The dialect `db` speaks, read off its adapter, so a migration's signature stays Kysely's own. */
export function dialectOf(db: AnyDatabase): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Runs the branch for `db`'s dialect. A migration written once calls this only where the SQL differs
 * (full-text search, generated keys); everything Kysely's schema builder says is the same on both.
 */
export function perDialect<T>(db: AnyDatabase, branches: Record<Dialect, () => T>): T {
  return branches[dialectOf(db)]();
}

/**
 * An integer key numbered by the database in insertion order: SQLite's AUTOINCREMENT (never reused)
 * or a PostgreSQL identity column (a sequence, never reused either).
 */
export function autoIncrementKey(db: AnyDatabase) {
  return (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    perDialect(db, {
      sqlite: () => column.primaryKey().autoIncrement(),
      postgres: () => column.primaryKey().generatedByDefaultAsIdentity(),
    });
}
