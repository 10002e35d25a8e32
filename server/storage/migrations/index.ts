// The schema's history, in order, kept in code so a build needs no migration files on disk.
import type { Migration, MigrationProvider } from 'kysely/migration';
import { initialMigration } from './0001-initial.ts';
import { artifactOwnerMigration } from './0002-artifact-owner.ts';
import { librarySearchMigration } from './0003-library-search.ts';
import { projectsMigration } from './0004-projects.ts';

/** Names sort in the order they must run; a released migration is never edited, only followed. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initialMigration,
  '0002-artifact-owner': artifactOwnerMigration,
  '0003-library-search': librarySearchMigration,
  '0004-projects': projectsMigration,
};

/** The schema's migrations and then `extra`, whose names must sort after every released one. */
export function migrationsWith(extra: Record<string, Migration>): MigrationProvider {
  return { getMigrations: async () => ({ ...migrations, ...extra }) };
}
