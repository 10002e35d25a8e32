// The library pages through indexes and searches full text: a (created_at, id) index and a search index per kind.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { createSearchIndex, dropSearchIndex } from './search-index.ts';

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

    await createSearchIndex(db, table, columns);
  }
}

async function down(db: AnyDatabase): Promise<void> {
  for (const table of Object.keys(SEARCHED)) {
    await dropSearchIndex(db, table);
    await db.schema.dropIndex(`${table}_created_id`).execute();
    await db.schema.createIndex(`${table}_created`).on(table).column('created_at').execute();
  }
}

export const librarySearchMigration: Migration = { up, down };
