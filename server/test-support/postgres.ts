// A fresh PostgreSQL database for one test run (`bw_test_<random>`), dropped after; the server at TEST_POSTGRES_URL or 127.0.0.1:5432.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where tests create their databases: a maintenance database on a server they may create databases on. */
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestPostgresDatabase {
  /** The new database's URL, for DATABASE_URL. */
  url: string;
  name: string;
  /** Empties every table the migrations made, keeping the schema, so the next test starts from nothing. */
  reset(): Promise<void>;
  /** Drops the database, closing whatever connections are still open on it. */
  drop(): Promise<void>;
}

async function onAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = ADMIN_URL;
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL is not reachable at ${new URL(url).host} (run scripts/ensure-services.sh): ${String(error)}`,
    );
  });
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestPostgresDatabase(): Promise<TestPostgresDatabase> {
  const name = `bw_test_${randomBytes(6).toString('hex')}`;
  await onAdmin(async (c) => {
    await c.query(`CREATE DATABASE ${name}`);
    // A test's commits need not reach the disk: without the flush per commit a suite runs several times faster.
    await c.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  // One connection kept for resets: a test suite resets before every test.
  let resetter: Promise<pg.Client> | undefined;
  return {
    url: url.toString(),
    name,
    async reset() {
      resetter ??= (async () => {
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        return client;
      })();
      const client = await resetter;
      const { rows } = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'",
      );
      // DELETE, not TRUNCATE: on tables this small it is far cheaper than new files for every table
      // and index. Any order works: every foreign key cascades or sets NULL.
      if (rows.length > 0) await client.query(rows.map((r) => `DELETE FROM "${r.tablename}"`).join('; '));
    },
    async drop() {
      await (await resetter)?.end();
      await onAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
