// The library pages through indexes and searches with FTS5: a (created_at, id) index and one full-text table per kind.
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current table types
type AnyDatabase = Kysely<any>;

/**
 * The text each kind is searched by, as it was when this migration was written. The index also holds
 * the owner column, so a writer's search intersects with their own entries instead of walking everyone's.
 */
const SEARCHED: Record<string, readonly string[]> = {
  plots: ['title', 'logline', 'summary', 'genre', 'subgenre', 'tone'],
  characters: ['name', 'role', 'description', 'backstory', 'arc'],
  worlds: ['name', 'type', 'overview', 'geography', 'history'],
  authors: ['name', 'pen_name', 'biography', 'writing_style'],
};

async function up(db: AnyDatabase): Promise<void> {
  for (const [table, columns] of Object.entries(SEARCHED)) {
    // Newest-first pages for a caller with no owner filter walk this index instead of sorting ties on id.
    await db.schema.dropIndex(`${table}_created`).execute();
    await db.schema.createIndex(`${table}_created_id`).on(table).columns(['created_at', 'id']).execute();

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
}

async function down(db: AnyDatabase): Promise<void> {
  for (const table of Object.keys(SEARCHED)) {
    for (const event of ['insert', 'delete', 'update'])
      await sql`DROP TRIGGER ${sql.raw(`${table}_fts_${event}`)}`.execute(db);
    await sql`DROP TABLE ${sql.table(`${table}_fts`)}`.execute(db);
    await db.schema.dropIndex(`${table}_created_id`).execute();
    await db.schema.createIndex(`${table}_created`).on(table).column('created_at').execute();
  }
}

export const librarySearchMigration: Migration = { up, down };
