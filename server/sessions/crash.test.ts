// kill -9 of a real server process mid-reply: the restarted server keeps what was persisted, marks the
// reply interrupted, and the database passes its integrity check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptMessage } from '../../protocol/messages.ts';
import { type ServerProcess, startServerProcess } from '../test-support/server-process.ts';
import { TestClient } from '../test-support/ws-client.ts';

const processes: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const server of processes.splice(0)) server.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function startProcess(databaseUrl: string): Promise<ServerProcess> {
  const server = await startServerProcess({ DATABASE_URL: databaseUrl, BOOKSWRITER_OFFLINE_DELAY_MS: '4' });
  processes.push(server);
  return server;
}

describe('crash safety', () => {
  it('keeps what was streamed before kill -9, marks the reply interrupted and stays intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bookswriter-crash-'));
    dirs.push(dir);
    const databaseUrl = join(dir, 'crash.db');
    const first = await startProcess(databaseUrl);
    const client = await TestClient.connect(`ws://127.0.0.1:${first.port}/ws/crash-session`);
    client.say('Create a fantasy novel with dragons and magic, with its world and three main characters');
    let received = '';
    let plotMessageId: string | undefined;
    for (let i = 0; i < 60; i += 1) {
      const chunk = await client.waitFor('stream_chunk', (c) => c.agent === 'PlotGeneratorAgent', 20_000);
      plotMessageId = chunk.message_id;
      received += chunk.content;
    }
    // Everything received this long before the kill has been persisted (batches are written every 100 ms).
    await new Promise((resolve) => setTimeout(resolve, 400));
    const persistedAtLeast = received;
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    await client.closed;
    const streamed = client
      .ofType('stream_chunk')
      .filter((c) => c.message_id === plotMessageId)
      .map((c) => c.content)
      .join('');

    const db = new Database(databaseUrl);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const second = await startProcess(databaseUrl);
    const response = await fetch(`http://127.0.0.1:${second.port}/api/sessions/crash-session`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { messages: TranscriptMessage[] };
    const reply = body.messages.find((m) => m.id === plotMessageId);
    expect(reply?.status).toBe('interrupted');
    expect(reply?.content.startsWith(persistedAtLeast)).toBe(true);
    const stored = reply?.content ?? '';
    const common = Math.min(stored.length, streamed.length);
    expect(stored.slice(0, common)).toBe(streamed.slice(0, common));
    expect(body.messages.some((m) => m.status === 'streaming')).toBe(false);
  }, 90_000);
});
