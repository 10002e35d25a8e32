// Opens the server's Repository: PostgreSQL for a postgres:// URL, otherwise SQLite (a file path, its
// parent folders created, or ':memory:'). Both are the same stores over the same migrations.
import { sql } from 'kysely';
import { isPostgresUrl, openPostgres } from './postgres.ts';
import type { Repository } from './repository.ts';
import { openSqlite } from './sqlite.ts';
import { createStores, type OpenRepositoryOptions } from './stores.ts';
import { startWalUpkeep } from './wal-upkeep.ts';

export { describeDatabase, isPostgresUrl } from './postgres.ts';
export type { Repository } from './repository.ts';
export { MigrationFailedError } from './sqlite.ts';
export type { OpenRepositoryOptions } from './stores.ts';

const IDLE_CHECKPOINT_MS = 10_000;

export async function openRepository(
  databaseUrl: string,
  options: OpenRepositoryOptions = {},
): Promise<Repository> {
  if (isPostgresUrl(databaseUrl)) return openPostgresRepository(databaseUrl, options);
  const { db, sqlite, applied } = await openSqlite(databaseUrl, options.extraMigrations);
  options.onMigrated?.(applied);
  const wal = startWalUpkeep(sqlite, options.idleCheckpointMs ?? IDLE_CHECKPOINT_MS);
  let closing: Promise<void> | undefined;
  return {
    ...createStores(db, 'sqlite', options),
    async checkIntegrity() {
      const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
      return rows.length === 1 && rows[0]?.integrity_check === 'ok';
    },
    // Checkpointed and emptied first, so closing leaves no write-ahead log behind even if another
    // connection (a backup tool, say) keeps the file open.
    close() {
      closing ??= (async () => {
        wal.stop();
        await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
        await db.destroy();
      })();
      return closing;
    },
  };
}

async function openPostgresRepository(
  databaseUrl: string,
  options: OpenRepositoryOptions,
): Promise<Repository> {
  const { db, applied } = await openPostgres(databaseUrl, options.extraMigrations);
  options.onMigrated?.(applied);
  let closing: Promise<void> | undefined;
  return {
    ...createStores(db, 'postgres', options),
    // PostgreSQL checks its own pages; what can go wrong from here is not reaching it.
    async checkIntegrity() {
      const { rows } = await sql<{ ok: number }>`SELECT 1 AS ok`.execute(db);
      return rows[0]?.ok === 1;
    },
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
