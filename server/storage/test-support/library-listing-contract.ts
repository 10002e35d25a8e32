// The library listing contract: keyset cursors, capped totals, and a search index that follows every change; call it with a factory.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlotInput } from '../../../protocol/artifacts.ts';
import { TOTAL_CAP } from '../artifact-listing.ts';
import { InvalidCursorError } from '../page-cursor.ts';
import type { ArtifactQuery, Repository } from '../repository.ts';
import type { TestDatabase } from './databases.ts';

const plot = (n: number, words = ''): PlotInput => ({
  title: `Plot ${n}`,
  logline: `A story numbered ${n} ${words}`.trim(),
  summary: n % 2 === 0 ? 'Dragons over the harbour.' : 'A quiet village mystery.',
  genre: 'Fantasy',
});

/** Every page of a query, following next_cursor until it runs out. */
async function walk(repo: Repository, query: Omit<ArtifactQuery, 'limit' | 'offset'>, limit: number) {
  const titles: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await repo.artifacts.list('plots', { ...query, cursor, limit, offset: 0 });
    titles.push(...page.items.map((p) => p.title));
    if (!page.next_cursor) return titles;
    cursor = page.next_cursor;
  }
  throw new Error('cursor never ran out');
}

export function libraryListingContract(database: TestDatabase): void {
  describe(`library listing on ${database.name}`, () => {
    afterAll(() => database.release?.());

    let repo: Repository;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ repo, dispose } = await database.open());
    });
    afterEach(async () => {
      await dispose();
    });

    it('walks a whole library by cursor, newest first, each item once, other owners left out', async () => {
      for (let n = 1; n <= 23; n++) {
        await repo.artifacts.create('plots', plot(n), { owner: 'writer', session_id: null });
        await repo.artifacts.create('plots', plot(100 + n), { owner: 'someone-else', session_id: null });
      }
      const expected = Array.from({ length: 23 }, (_, i) => `Plot ${23 - i}`);
      expect(await walk(repo, { owner: 'writer' }, 5)).toEqual(expected);
      expect(await walk(repo, { owner: 'writer' }, 23)).toEqual(expected);
      const searched = await walk(repo, { owner: 'writer', q: 'dragons' }, 4);
      expect(searched).toEqual(expected.filter((t) => Number(t.split(' ')[1]) % 2 === 0));
    });

    it('caps the total unless an exact one is asked for, and says so', async () => {
      for (let n = 1; n <= TOTAL_CAP + 3; n++) {
        await repo.artifacts.create('plots', plot(n), { owner: 'writer', session_id: null });
      }
      const capped = await repo.artifacts.list('plots', { owner: 'writer', limit: 1, offset: 0 });
      expect(capped).toMatchObject({ total: TOTAL_CAP, total_capped: true });
      const exact = await repo.artifacts.list('plots', {
        owner: 'writer',
        limit: 1,
        offset: 0,
        exact_total: true,
      });
      expect(exact).toMatchObject({ total: TOTAL_CAP + 3, total_capped: false });
      const few = await repo.artifacts.list('plots', {
        owner: 'writer',
        q: 'numbered 17',
        limit: 5,
        offset: 0,
      });
      // "17" is a word prefix: 17 and 170–179 match, 117 does not.
      expect(few).toMatchObject({ total: 11, total_capped: false });
    });

    it('finds what an edit wrote and forgets what it replaced or what was deleted', async () => {
      const saved = await repo.artifacts.create('plots', plot(1, 'lighthouse'), {
        owner: 'writer',
        session_id: null,
      });
      const titles = async (q: string) =>
        (await repo.artifacts.list('plots', { q, limit: 10, offset: 0 })).items.map((p) => p.title);
      expect(await titles('lighthouse')).toEqual(['Plot 1']);
      await repo.artifacts.update('plots', saved.id, { logline: 'A tale of the sunken observatory' });
      expect(await titles('lighthouse')).toEqual([]);
      expect(await titles('observ')).toEqual(['Plot 1']);
      await repo.artifacts.update('plots', saved.id, { themes: ['unsearched'] });
      expect(await titles('observatory')).toEqual(['Plot 1']);
      await repo.artifacts.delete('plots', saved.id);
      expect(await titles('observatory')).toEqual([]);
    });

    it('takes anything typed as words: FTS syntax, quotes and odd scripts never fail', async () => {
      await repo.artifacts.create(
        'plots',
        { ...plot(1), title: 'Café "Noir" — naïve AND/OR heroes' },
        { owner: 'w', session_id: null },
      );
      const hostile = [
        '"',
        '""',
        'AND',
        'OR NOT',
        'NEAR(a b)',
        '*',
        '-x',
        '^title',
        'title:café',
        '(',
        ')',
        "'",
        '\\',
        '\u0000',
        'é*',
        'a"b',
        '漢字',
        '🐉',
        '{title}: x',
        'x'.repeat(200),
      ];
      for (const q of hostile) {
        await expect(repo.artifacts.list('plots', { q, limit: 5, offset: 0 })).resolves.toHaveProperty(
          'items',
        );
      }
      const titles = async (q: string) =>
        (await repo.artifacts.list('plots', { q, limit: 5, offset: 0 })).items.map((p) => p.title);
      expect(await titles('cafe')).toHaveLength(1);
      expect(await titles('"noir"')).toHaveLength(1);
      expect(await titles('NAIVE heroes')).toHaveLength(1);
      expect(await titles('and')).toHaveLength(1);
    });

    it("never shows another owner's match, even one whose key differs only in case", async () => {
      await repo.artifacts.create('plots', plot(1, 'lighthouse'), {
        owner: 'Writer_Key-abc',
        session_id: null,
      });
      await repo.artifacts.create('plots', plot(2, 'lighthouse'), {
        owner: 'writer_key-ABC',
        session_id: null,
      });
      await repo.artifacts.create('plots', plot(3, 'lighthouse'), { owner: 'session:abc', session_id: null });
      const found = await repo.artifacts.list('plots', {
        owner: 'Writer_Key-abc',
        q: 'lighthouse',
        limit: 5,
        offset: 0,
      });
      expect(found).toMatchObject({ total: 1, items: [expect.objectContaining({ title: 'Plot 1' })] });
      await repo.artifacts.create('plots', plot(4, 'lighthouse'), { owner: '--', session_id: null });
      const wordless = await repo.artifacts.list('plots', {
        owner: '--',
        q: 'lighthouse',
        limit: 5,
        offset: 0,
      });
      expect(wordless.items.map((p) => p.title)).toEqual(['Plot 4']);
      const bySession = await repo.artifacts.list('plots', {
        owner: 'session:abc',
        q: 'session abc',
        limit: 5,
        offset: 0,
      });
      expect(bySession.items).toEqual([]);
    });

    it('refuses a cursor it did not give out', async () => {
      await repo.artifacts.create('plots', plot(1), { owner: 'w', session_id: null });
      const listCursor = (await repo.artifacts.list('plots', { limit: 1, offset: 0 })).next_cursor;
      expect(listCursor).toBeNull();
      for (const cursor of [
        'nonsense',
        Buffer.from('[1,2,3]').toString('base64url'),
        Buffer.from('{}').toString('base64url'),
      ]) {
        await expect(repo.artifacts.list('plots', { cursor, limit: 1, offset: 0 })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
        await expect(
          repo.artifacts.list('plots', { q: 'story', cursor, limit: 1, offset: 0 }),
        ).rejects.toBeInstanceOf(InvalidCursorError);
      }
    });
  });
}
