// The write-ahead log of a file database is emptied once writes stop, and never left behind by close.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openRepository } from './index.ts';
import { JOURNAL_SIZE_LIMIT_BYTES, openSqlite } from './sqlite.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'bookswriter-wal-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const walSize = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

async function writePlots(repo: Awaited<ReturnType<typeof openRepository>>, count: number) {
  for (let n = 0; n < count; n++) {
    await repo.artifacts.create(
      'plots',
      { title: `Plot ${n}`, logline: 'l'.repeat(500), summary: 's'.repeat(2000), genre: 'Fantasy' },
      { owner: 'writer', session_id: null },
    );
  }
}

it('checkpoints and truncates the log after an interval without writes', async () => {
  const file = join(folder, 'idle.db');
  const repo = await openRepository(file, { idleCheckpointMs: 50 });
  try {
    await writePlots(repo, 50);
    expect(walSize(file)).toBeGreaterThan(0);
    await expect.poll(() => walSize(file), { timeout: 5_000, interval: 25 }).toBe(0);
    expect(
      (await repo.artifacts.list('plots', { owner: 'writer', limit: 100, offset: 0 })).items,
    ).toHaveLength(50);
  } finally {
    await repo.close();
  }
});

it('leaves no log file after close, and closing twice is harmless', async () => {
  const file = join(folder, 'close.db');
  const repo = await openRepository(file);
  await writePlots(repo, 5);
  await Promise.all([repo.close(), repo.close()]);
  expect(walSize(file)).toBe(0);
});

it('limits how large an emptied log stays on disk', async () => {
  const { db, sqlite } = await openSqlite(join(folder, 'limit.db'));
  try {
    expect(sqlite.pragma('journal_size_limit', { simple: true })).toBe(JOURNAL_SIZE_LIMIT_BYTES);
  } finally {
    await db.destroy();
  }
});
