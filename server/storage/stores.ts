// The stores every Repository is made of, built once over a Kysely instance of either dialect.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { KINDS } from '../../protocol/artifacts.ts';
import type { KindRegistry } from '../../protocol/kind-definition.ts';
import { storageSpecOf } from './artifact-kinds.ts';
import { createArtifactStore } from './artifact-store.ts';
import { createTimestampClock } from './clock.ts';
import type { Database } from './database.ts';
import type { Dialect } from './migrations/dialect.ts';
import { createPgTextSearch } from './pg-text-search.ts';
import type { Repository } from './repository.ts';
import { createSceneStore } from './scene-store.ts';
import { createSessionStore } from './session-store.ts';
import { createFts5Search } from './text-search.ts';

export interface OpenRepositoryOptions {
  /** Where timestamps come from; tests pass a fixed clock. */
  now?: () => Date;
  /** How long a SQLite database must go unwritten before its write-ahead log is checkpointed and emptied. */
  idleCheckpointMs?: number;
  /** The kinds the library holds; the protocol's by default. A kind added here brings its table's migration. */
  kinds?: KindRegistry;
  /** Migrations run after the schema's own, named to sort after them. */
  extraMigrations?: Record<string, Migration>;
  /** Told which migrations this open applied (none when the schema was current, or another instance migrated). */
  onMigrated?: (applied: readonly string[]) => void;
}

/** Everything in a Repository that does not depend on how the database is opened and closed. */
export function createStores(
  db: Kysely<Database>,
  dialect: Dialect,
  options: OpenRepositoryOptions,
): Pick<Repository, 'sessions' | 'artifacts' | 'scenes'> {
  const kinds = options.kinds ?? KINDS;
  const clock = createTimestampClock(options.now);
  // biome-ignore lint/suspicious/noExplicitAny: search runs raw SQL over any kind's table
  const anyDb = db as unknown as Kysely<any>;
  const search =
    dialect === 'postgres'
      ? createPgTextSearch(anyDb, (kind) => {
          const definition = kinds[kind];
          if (!definition) throw new Error(`Unknown artifact kind: ${kind}`);
          return storageSpecOf(definition).searchable;
        })
      : createFts5Search(anyDb);
  return {
    sessions: createSessionStore(db, clock, Object.keys(kinds)),
    artifacts: createArtifactStore(db, clock, search, kinds),
    scenes: createSceneStore(db, clock),
  };
}
