// The databases the storage contract runs over, each a factory of fresh repositories: SQLite in memory, a SQLite file, PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPostgresDatabase, type TestPostgresDatabase } from '../../test-support/postgres.ts';
import { openRepository } from '../index.ts';
import type { Repository } from '../repository.ts';

export interface TestDatabase {
  name: string;
  /** A repository over an empty, migrated database, and how to be done with it. */
  open(): Promise<{ repo: Repository; dispose(): Promise<void> }>;
  /** After the suite: frees what the factory holds beyond one repository (a PostgreSQL test database). */
  release?(): Promise<void>;
}

export const sqliteInMemory: TestDatabase = {
  name: 'SQLite :memory:',
  async open() {
    const repo = await openRepository(':memory:');
    return { repo, dispose: () => repo.close() };
  },
};

export const sqliteFile: TestDatabase = {
  name: 'a SQLite file',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'bookswriter-storage-'));
    // A nested path also checks that missing parent folders are created.
    const repo = await openRepository(join(folder, 'data', 'library.sqlite'));
    return {
      repo,
      async dispose() {
        await repo.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

/**
 * PostgreSQL: one database of its own per suite (`bw_test_<random>`), created and migrated on first
 * use and dropped by `release`. The suite shares one repository, its tables emptied before each test:
 * that costs milliseconds where a new database, or even a new pool and migration check, costs more.
 */
export function postgresDatabase(): TestDatabase {
  let opened: Promise<{ database: TestPostgresDatabase; repo: Repository }> | undefined;
  return {
    name: 'PostgreSQL',
    async open() {
      opened ??= (async () => {
        const database = await createTestPostgresDatabase();
        return { database, repo: await openRepository(database.url) };
      })();
      const { database, repo } = await opened;
      await database.reset();
      return { repo, dispose: async () => {} };
    },
    async release() {
      if (!opened) return;
      const { database, repo } = await opened;
      opened = undefined;
      await repo.close();
      await database.drop();
    },
  };
}
