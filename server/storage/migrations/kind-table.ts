// The table a kind of library item is stored in, for the migration that adds the kind: columns, indexes and its search index.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current table types
type AnyDatabase = Kysely<any>;

/** A kind's table as a migration writes it down; copy the lists into the migration, never import a definition. */
export interface KindTable {
  /** The kind's plural name: the table. */
  name: string;
  /** Its fields, all text (JSON fields hold JSON text), each empty until written. */
  columns: readonly string[];
  /** Its link columns (`plot_id`, …): text ids, NULL when unlinked. */
  links: readonly string[];
  /** The columns its full-text index reads. */
  searchable: readonly string[];
}

/**
 * Creates the table with what every kind has (id, owner, the session it was made in, timestamps), the
 * indexes the library pages through, and an FTS5 index kept in step by triggers, as migration 0003 gave
 * the first four kinds.
 */
export async function createKindTable(db: AnyDatabase, table: KindTable): Promise<void> {
  let create = db.schema
    .createTable(table.name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('set null'));
  for (const link of table.links) create = create.addColumn(link, 'text');
  for (const column of table.columns)
    create = create.addColumn(column, 'text', (c) => c.notNull().defaultTo(''));
  await create
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`${table.name}_owner_created`)
    .on(table.name)
    .columns(['owner', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex(`${table.name}_created_id`)
    .on(table.name)
    .columns(['created_at', 'id'])
    .execute();
  await db.schema.createIndex(`${table.name}_session`).on(table.name).column('session_id').execute();
  for (const link of table.links)
    await db.schema.createIndex(`${table.name}_${link}`).on(table.name).column(link).execute();

  const fts = sql.table(`${table.name}_fts`);
  const indexed = [...table.searchable, 'owner'];
  const cols = sql.raw(indexed.join(', '));
  const values = (row: 'new' | 'old') => sql.raw(indexed.map((c) => `${row}.${c}`).join(', '));
  await sql`
    CREATE VIRTUAL TABLE ${fts} USING fts5(
      ${cols}, content=${sql.lit(table.name)}, content_rowid='rowid',
      tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
    )
  `.execute(db);
  await sql`
    CREATE TRIGGER ${sql.raw(`${table.name}_fts_insert`)} AFTER INSERT ON ${sql.table(table.name)} BEGIN
      INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.rowid, ${values('new')});
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER ${sql.raw(`${table.name}_fts_delete`)} AFTER DELETE ON ${sql.table(table.name)} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.rowid, ${values('old')});
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER ${sql.raw(`${table.name}_fts_update`)} AFTER UPDATE OF ${cols} ON ${sql.table(table.name)} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.rowid, ${values('old')});
      INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.rowid, ${values('new')});
    END
  `.execute(db);
}

export async function dropKindTable(db: AnyDatabase, name: string): Promise<void> {
  for (const event of ['insert', 'delete', 'update'])
    await sql`DROP TRIGGER ${sql.raw(`${name}_fts_${event}`)}`.execute(db);
  await sql`DROP TABLE ${sql.table(`${name}_fts`)}`.execute(db);
  await db.schema.dropTable(name).execute();
}
