// Every artifact records its owner when it is made, so ownership never depends on a session that may be deleted.
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current table types
type AnyDatabase = Kysely<any>;

const ARTIFACT_TABLES = ['plots', 'worlds', 'characters', 'authors'] as const;

async function up(db: AnyDatabase): Promise<void> {
  for (const table of ARTIFACT_TABLES) {
    // '' is nobody's key: artifacts whose session was deleted before owners were recorded stay private.
    await db.schema
      .alterTable(table)
      .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await sql`
      UPDATE ${sql.table(table)} SET owner = COALESCE(
        (SELECT sessions.owner_token FROM sessions WHERE sessions.id = ${sql.ref(`${table}.session_id`)}),
        'session:' || ${sql.ref(`${table}.session_id`)}
      )
      WHERE session_id IS NOT NULL
    `.execute(db);
    await db.schema
      .createIndex(`${table}_owner_created`)
      .on(table)
      .columns(['owner', 'created_at', 'id'])
      .execute();
  }
}

async function down(db: AnyDatabase): Promise<void> {
  for (const table of ARTIFACT_TABLES) {
    await db.schema.dropIndex(`${table}_owner_created`).execute();
    await db.schema.alterTable(table).dropColumn('owner').execute();
  }
}

export const artifactOwnerMigration: Migration = { up, down };
