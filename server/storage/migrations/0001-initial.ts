// The first schema: sessions with their transcript and activity, and the library of plots, worlds, characters, authors.
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { autoIncrementKey } from './dialect.ts';

// Migrations see the database as it was when they were written, not as the Database type says it is now.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current table types
type AnyDatabase = Kysely<any>;

async function up(db: AnyDatabase): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('model', 'text')
    .addColumn('owner_token', 'text')
    .addColumn('title', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sessions_owner_updated')
    .on('sessions')
    .columns(['owner_token', 'updated_at'])
    .execute();
  await db.schema.createIndex('sessions_updated').on('sessions').column('updated_at').execute();

  await db.schema
    .createTable('messages')
    .addColumn('seq', 'integer', autoIncrementKey(db))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('turn_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('agent', 'text')
    .addColumn('content', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('chunk_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('client_message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('messages_session_seq').on('messages').columns(['session_id', 'seq']).execute();
  await db.schema.createIndex('messages_status').on('messages').column('status').execute();
  await db.schema
    .createIndex('messages_session_client_message')
    .on('messages')
    .columns(['session_id', 'client_message_id'])
    .unique()
    .where(sql.ref('client_message_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('activity')
    .addColumn('id', 'integer', autoIncrementKey(db))
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('turn_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activity_session_id').on('activity').columns(['session_id', 'id']).execute();

  await db.schema
    .createTable('authors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pen_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('biography', 'text', (c) => c.notNull())
    .addColumn('writing_style', 'text', (c) => c.notNull())
    .addColumn('genres', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('plots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('set null'))
    .addColumn('author_id', 'text', (c) => c.references('authors.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('logline', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('genre', 'text', (c) => c.notNull())
    .addColumn('subgenre', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('target_audience', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('acts', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('worlds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('set null'))
    .addColumn('plot_id', 'text', (c) => c.references('plots.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('overview', 'text', (c) => c.notNull())
    .addColumn('geography', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('politics', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cultures', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('economy', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('history', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('magic_or_technology', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('religions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unique_elements', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('characters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('set null'))
    .addColumn('plot_id', 'text', (c) => c.references('plots.id').onDelete('set null'))
    .addColumn('world_id', 'text', (c) => c.references('worlds.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('backstory', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('motivations', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('arc', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('relationships', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  for (const table of ['plots', 'worlds', 'characters', 'authors']) {
    await db.schema.createIndex(`${table}_session`).on(table).column('session_id').execute();
    await db.schema.createIndex(`${table}_created`).on(table).column('created_at').execute();
  }
  await db.schema.createIndex('plots_author').on('plots').column('author_id').execute();
  await db.schema.createIndex('worlds_plot').on('worlds').column('plot_id').execute();
  await db.schema.createIndex('characters_plot').on('characters').column('plot_id').execute();
  await db.schema.createIndex('characters_world').on('characters').column('world_id').execute();
}

async function down(db: AnyDatabase): Promise<void> {
  for (const table of ['characters', 'worlds', 'plots', 'authors', 'activity', 'messages', 'sessions']) {
    await db.schema.dropTable(table).execute();
  }
}

export const initialMigration: Migration = { up, down };
