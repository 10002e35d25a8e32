// Projects: a book's sessions and library items belong to one; its outline plans it and its scenes hold the prose.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { createKindTable, dropKindTable } from './kind-table.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current table types
type AnyDatabase = Kysely<any>;

/** The library's first four kinds, each gaining a link to its project. */
const LIBRARY = ['plots', 'characters', 'worlds', 'authors'];

async function up(db: AnyDatabase): Promise<void> {
  await createKindTable(db, {
    name: 'projects',
    columns: ['title', 'premise', 'brief'],
    links: [],
    searchable: ['title', 'premise'],
  });
  await createKindTable(db, {
    name: 'outlines',
    columns: ['title', 'acts'],
    links: ['project_id', 'plot_id'],
    searchable: ['title'],
  });
  await db.schema
    .createTable('scenes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('outline_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scenes_project').on('scenes').column('project_id').execute();

  await db.schema.alterTable('sessions').addColumn('project_id', 'text').execute();
  await db.schema.createIndex('sessions_project').on('sessions').column('project_id').execute();
  for (const table of LIBRARY) {
    await db.schema.alterTable(table).addColumn('project_id', 'text').execute();
    await db.schema.createIndex(`${table}_project_id`).on(table).column('project_id').execute();
  }
}

async function down(db: AnyDatabase): Promise<void> {
  for (const table of LIBRARY) {
    await db.schema.dropIndex(`${table}_project_id`).execute();
    await db.schema.alterTable(table).dropColumn('project_id').execute();
  }
  await db.schema.dropIndex('sessions_project').execute();
  await db.schema.alterTable('sessions').dropColumn('project_id').execute();
  await db.schema.dropTable('scenes').execute();
  await dropKindTable(db, 'outlines');
  await dropKindTable(db, 'projects');
}

export const projectsMigration: Migration = { up, down };
