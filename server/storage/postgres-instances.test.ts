// Three server processes on one PostgreSQL database: booted at the same moment they migrate it once, then
// serve one library: a turn on one instance over its WebSocket, read back over REST from the others.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage, Plot } from '../../protocol/artifacts.ts';
import { createTestPostgresDatabase, type TestPostgresDatabase } from '../test-support/postgres.ts';
import { type ServerProcess, startServerProcess } from '../test-support/server-process.ts';
import { TestClient } from '../test-support/ws-client.ts';
import { migrations } from './migrations/index.ts';

let database: TestPostgresDatabase;
let instances: ServerProcess[] = [];

beforeAll(async () => {
  database = await createTestPostgresDatabase();
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
});

/** The migrations an instance's log says it applied. */
function migratedBy(instance: ServerProcess): string[] {
  return instance
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; migrations?: string[] })
    .filter((entry) => entry.msg === 'migrated the database')
    .flatMap((entry) => entry.migrations ?? []);
}

describe('several instances on one PostgreSQL database', () => {
  it('migrates an empty database exactly once when three instances boot at the same moment', async () => {
    // Trust authentication ignores the password; it is there to show it never reaches the log.
    const url = new URL(database.url);
    url.password = 'not-for-logs';
    const env = { DATABASE_URL: url.toString(), LOG_LEVEL: 'info' };
    instances = await Promise.all([1, 2, 3].map(() => startServerProcess(env)));
    for (const instance of instances) expect(instance.output()).not.toContain('not-for-logs');

    const applied = instances.map(migratedBy);
    expect(applied.filter((names) => names.length > 0)).toEqual([Object.keys(migrations)]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        'SELECT name FROM kysely_migration ORDER BY name',
      );
      expect(rows.map((row) => row.name)).toEqual(Object.keys(migrations));
    } finally {
      await client.end();
    }
  }, 90_000); // three processes compiling and booting at once on a shared machine

  it('saves a plot written in a turn on one instance where the others read it over REST', async () => {
    const [writer, reader, lister] = instances;
    if (!writer || !reader || !lister) throw new Error('the instances did not boot');
    const client = await TestClient.connect(`ws://127.0.0.1:${writer.port}/ws/pg-seed`);
    client.say('Create a fantasy novel with dragons and magic');
    const completion = await client.waitFor('completion', () => true, 30_000);
    client.socket.close();
    expect(completion.status).toBe('completed');
    const plotId = completion.results.plot_id as string;

    const plot = (await (await fetch(`http://127.0.0.1:${reader.port}/api/plots/${plotId}`)).json()) as Plot;
    expect(plot).toMatchObject({ id: plotId, title: completion.results.title, session_id: 'pg-seed' });

    const word = plot.title.split(/\s+/).find((w) => w.length > 3) ?? plot.title;
    const search = new URLSearchParams({ session_id: 'pg-seed', q: word.toLowerCase() });
    const page = (await (
      await fetch(`http://127.0.0.1:${lister.port}/api/plots?${search}`)
    ).json()) as LibraryPage<Plot>;
    expect(page.items.map((item) => item.id)).toEqual([plotId]);
  }, 60_000);
});
