// Opens the server's Repository on SQLite: a file path (parent folders are created) or ':memory:'.
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { KINDS } from '../../protocol/artifacts.ts';
import type { KindRegistry } from '../../protocol/kind-definition.ts';
import { createArtifactStore } from './artifact-store.ts';
import { createTimestampClock } from './clock.ts';
import type { Repository } from './repository.ts';
import { createSceneStore } from './scene-store.ts';
import { createSessionStore } from './session-store.ts';
import { openSqlite } from './sqlite.ts';
import { startWalUpkeep } from './wal-upkeep.ts';

export type { Repository } from './repository.ts';
export { MigrationFailedError } from './sqlite.ts';

export interface OpenRepositoryOptions {
  /** Where timestamps come from; tests pass a fixed clock. */
  now?: () => Date;
  /** How long the database must go unwritten before its write-ahead log is checkpointed and emptied. */
  idleCheckpointMs?: number;
  /** The kinds the library holds; the protocol's by default. A kind added here brings its table's migration. */
  kinds?: KindRegistry;
  /** Migrations run after the schema's own, named to sort after them. */
  extraMigrations?: Record<string, Migration>;
}

const IDLE_CHECKPOINT_MS = 10_000;

export async function openRepository(
  databaseUrl: string,
  options: OpenRepositoryOptions = {},
): Promise<Repository> {
  const { db, sqlite } = await openSqlite(databaseUrl, options.extraMigrations);
  const kinds = options.kinds ?? KINDS;
  const wal = startWalUpkeep(sqlite, options.idleCheckpointMs ?? IDLE_CHECKPOINT_MS);
  const clock = createTimestampClock(options.now);
  let closing: Promise<void> | undefined;
  return {
    sessions: createSessionStore(db, clock, Object.keys(kinds)),
    artifacts: createArtifactStore(db, clock, undefined, kinds),
    scenes: createSceneStore(db, clock),
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
