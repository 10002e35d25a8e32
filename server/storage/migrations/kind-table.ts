// The table a kind of library item is stored in, for the migration that adds the kind: columns, indexes and its search index.
import type { Kysely } from 'kysely';
import { createSearchIndex, dropSearchIndex } from './search-index.ts';

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
 * indexes the library pages through, and its search index (`createSearchIndex`: FTS5 on SQLite, GIN
 * on PostgreSQL), as migration 0003 gave the first four kinds.
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

  await createSearchIndex(db, table.name, table.searchable);
}

export async function dropKindTable(db: AnyDatabase, name: string): Promise<void> {
  await dropSearchIndex(db, name);
  await db.schema.dropTable(name).execute();
}
