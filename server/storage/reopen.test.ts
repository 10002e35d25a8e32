// What a database file keeps across closing, reopening and a killed process: data, schema version, streamed text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepository } from './index.ts';
import { migrations } from './migrations/index.ts';
import { openSqlite } from './sqlite.ts';

const T = '2025-01-28T10:30:00.000Z';

describe('a repository file', () => {
  let folder: string;
  let file: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'bookswriter-reopen-'));
    file = join(folder, 'library.sqlite');
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps sessions, transcript, activity and artifacts after closing and reopening', async () => {
    const first = await openRepository(file);
    await first.sessions.ensureSession('s1', { owner_token: 'owner', model: 'offline' });
    await first.sessions.insertMessage({
      id: 'm1',
      session_id: 's1',
      turn_id: 't1',
      role: 'user',
      agent: null,
      content: 'A heist on the moon',
      status: 'complete',
      client_message_id: 'c1',
      created_at: T,
    });
    await first.sessions.appendActivity('s1', {
      type: 'agent_switch',
      from_agent: 'Orchestrator',
      to_agent: 'PlotGenerator',
      reason: 'a plot was asked for',
      timestamp: T,
      turn_id: 't1',
    });
    const plot = await first.artifacts.create(
      'plots',
      { title: 'Moon Heist', logline: 'l', summary: 's', genre: 'Caper', themes: ['greed'] },
      { owner: 'session:s1', session_id: 's1' },
    );
    const session = await first.sessions.getSession('s1');
    const messages = await first.sessions.listMessages('s1');
    const activity = await first.sessions.listActivity('s1');
    await first.close();

    const second = await openRepository(file);
    expect(await second.sessions.getSession('s1')).toEqual(session);
    expect(await second.sessions.listMessages('s1')).toEqual(messages);
    expect(await second.sessions.listActivity('s1')).toEqual(activity);
    expect(await second.artifacts.get('plots', plot.id)).toEqual(plot);
    expect(await second.checkIntegrity()).toBe(true);
    await second.close();
  });

  it('applies each migration once, on the first open only', async () => {
    const first = await openSqlite(file);
    expect(first.applied).toEqual(Object.keys(migrations));
    await first.db.destroy();

    const second = await openSqlite(file);
    expect(second.applied).toEqual([]);
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(second.db);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations));
    await second.db.destroy();
  });

  it('opens in WAL mode with foreign keys enforced and a busy timeout', async () => {
    const { db } = await openSqlite(file);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`PRAGMA ${name}`).execute(db)).rows[0] ?? {})[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    await db.destroy();
  });

  it('keeps every appended chunk when the writing process is killed mid-stream', async () => {
    const storage = fileURLToPath(new URL('./index.ts', import.meta.url));
    // A separate process that streams into a message, then dies without closing the database.
    const script = `
      import { openRepository } from ${JSON.stringify(storage)};
      const repo = await openRepository(${JSON.stringify(file)});
      await repo.sessions.ensureSession('s1');
      await repo.sessions.insertMessage({ id: 'a1', session_id: 's1', turn_id: 't1', role: 'agent',
        agent: 'PlotGenerator', content: '', status: 'streaming', client_message_id: null, created_at: ${JSON.stringify(T)} });
      for (let n = 1; n <= 50; n++) await repo.sessions.appendToMessages([{ id: 'a1', text: 'w' + n + ' ', chunk_count: n }]);
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(child.signal).toBe('SIGKILL');

    const repo = await openRepository(file);
    const [message] = await repo.sessions.listMessages('s1');
    const expected = Array.from({ length: 50 }, (_, n) => `w${n + 1} `).join('');
    expect(message).toMatchObject({ id: 'a1', content: expected, chunk_count: 50, status: 'streaming' });
    expect(await repo.sessions.markStreamingInterrupted()).toBe(1);
    expect((await repo.sessions.listMessages('s1'))[0]?.status).toBe('interrupted');
    await repo.close();
  });
});
