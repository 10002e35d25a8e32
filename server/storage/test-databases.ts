// The databases every storage contract test runs against: in memory and a real file in a fresh temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRepository } from './index.ts';
import type { Repository } from './repository.ts';

export interface TestDatabase {
  name: string;
  open(): Promise<{ repo: Repository; dispose(): Promise<void> }>;
}

export const TEST_DATABASES: TestDatabase[] = [
  {
    name: ':memory:',
    async open() {
      const repo = await openRepository(':memory:');
      return { repo, dispose: () => repo.close() };
    },
  },
  {
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
  },
];
