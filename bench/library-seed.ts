// Fills a library database with generated plots fast: one transaction of prepared inserts, FTS kept by its triggers.
import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Words the benchmark searches for, with the share of items that hold each: a word most stories share,
 * a few common ones, and a rare one. The rest of the text is drawn from a large made-up vocabulary.
 */
export const PLANTED_WORDS: Record<string, number> = {
  dragon: 0.3,
  harbour: 0.1,
  storm: 0.15,
  carnival: 0.05,
  cathedral: 0.05,
  colliery: 0.001,
};

const SYLLABLES = 'ka ri mo sen tal vor eth ul bra nim os pe dra gor lin fa shu mer tiv ae'.split(' ');

/** A few thousand made-up words, so text has the spread of a real vocabulary. */
function madeUpVocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SeedPlan {
  file: string;
  /** How many plots each owner gets, in the order they are written (interleaved, like real use). */
  owners: Record<string, number>;
}

/** Inserts the plots; the database must already be migrated (open it through the repository first). */
export function seedLibrary({ file, owners }: SeedPlan): { items: number; seconds: number } {
  const started = performance.now();
  const random = seededRandom(18);
  const vocabulary = madeUpVocabulary(random, 5_000);
  // Zipf-like: a handful of words are in most texts, most words in few.
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const planted = () =>
    Object.entries(PLANTED_WORDS)
      .filter(([, share]) => random() < share)
      .map(([w]) => w)
      .join(' ');
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    `INSERT INTO plots (id, owner, session_id, author_id, title, logline, summary, genre, subgenre, tone,
       themes, target_audience, acts, created_at, updated_at)
     VALUES (?, ?, NULL, NULL, ?, ?, ?, 'Fantasy', '', 'wry', '[]', '', '[]', ?, ?)`,
  );
  const left = { ...owners };
  const queue = Object.keys(left);
  const total = Object.values(owners).reduce((a, b) => a + b, 0);
  const start = Date.UTC(2024, 0, 1);
  db.transaction(() => {
    for (let n = 0; n < total; n++) {
      const live = queue.filter((o) => (left[o] ?? 0) > 0);
      const owner = live[Math.floor(random() * live.length)] as string;
      left[owner] = (left[owner] ?? 0) - 1;
      const at = new Date(start + n * 1_000).toISOString();
      insert.run(
        randomUUID(),
        owner,
        `The ${word()} of ${word()}`,
        sentence(14),
        `${sentence(60)} ${planted()}`,
        at,
        at,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { items: total, seconds: (performance.now() - started) / 1000 };
}
