// Opens the server's Repository on SQLite: a file path (parent folders are created) or ':memory:'.
import { sql } from 'kysely';
import { createArtifactStore } from './artifact-store.ts';
import { createTimestampClock } from './clock.ts';
import type { Repository } from './repository.ts';
import { createSessionStore } from './session-store.ts';
import { openSqlite } from './sqlite.ts';

export type { Repository } from './repository.ts';
export { MigrationFailedError } from './sqlite.ts';

export interface OpenRepositoryOptions {
  /** Where timestamps come from; tests pass a fixed clock. */
  now?: () => Date;
}

export async function openRepository(
  databaseUrl: string,
  options: OpenRepositoryOptions = {},
): Promise<Repository> {
  const { db } = await openSqlite(databaseUrl);
  const clock = createTimestampClock(options.now);
  return {
    sessions: createSessionStore(db, clock),
    artifacts: createArtifactStore(db, clock),
    async checkIntegrity() {
      const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
      return rows.length === 1 && rows[0]?.integrity_check === 'ok';
    },
    close: () => db.destroy(),
  };
}
