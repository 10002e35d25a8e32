// kill -9 in the middle of a book draft: after the restart the draft goes on by itself from the last saved
// scene and ends with every scene of the outline written exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { ActivityEvent } from '../../protocol/messages.ts';
import type { ProjectManuscript } from '../../protocol/projects.ts';
import { OWNER_COOKIE } from '../ownership.ts';
import { type ServerProcess, startServerProcess } from '../test-support/server-process.ts';
import { TestClient } from '../test-support/ws-client.ts';

const processes: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const server of processes.splice(0)) server.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function startProcess(databaseUrl: string): Promise<ServerProcess> {
  const server = await startServerProcess({ DATABASE_URL: databaseUrl, BOOKSWRITER_OFFLINE_DELAY_MS: '3' });
  processes.push(server);
  return server;
}

it('continues a book draft cut off by kill -9 and writes every scene once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bookswriter-draft-restart-'));
  dirs.push(dir);
  const databaseUrl = join(dir, 'book.db');
  const first = await startProcess(databaseUrl);
  const health = await fetch(`http://127.0.0.1:${first.port}/api/health`);
  await health.body?.cancel();
  const cookie = `${OWNER_COOKIE}=${new RegExp(`^${OWNER_COOKIE}=([^;]+)`).exec(health.headers.get('set-cookie') ?? '')?.[1]}`;
  const client = await TestClient.connect(`ws://127.0.0.1:${first.port}/ws/draft-session`, {
    Cookie: cookie,
  });
  await client.waitFor('connected');
  for (const request of [
    'Write a plot about a cartographer who maps a city that rearranges itself',
    'Create 2 characters',
    'Outline it in 3 chapters of about 900 words',
  ]) {
    client.say(request);
    await client.waitFor('completion', () => true, 30_000);
  }
  client.say('Write the book');
  await client.waitFor(
    'tool_execution',
    (t) => t.tool_name === 'draft_scene' && t.status === 'completed',
    60_000,
  );
  // Into the next scene, then the process dies without a chance to finish anything.
  await client.waitFor(
    'tool_execution',
    (t) => t.tool_name === 'draft_scene' && t.status === 'executing',
    30_000,
  );
  for (let i = 0; i < 20; i += 1) await client.waitFor('stream_chunk', () => true, 20_000);
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));

  const second = await startProcess(databaseUrl);
  const get = async (path: string) =>
    (await fetch(`http://127.0.0.1:${second.port}/api${path}`, { headers: { Cookie: cookie } })).json();
  const { session } = await get('/sessions/draft-session');
  let manuscript: ProjectManuscript | undefined;
  for (let i = 0; i < 120; i += 1) {
    manuscript = await get(`/projects/${session.project_id}/manuscript`);
    if (manuscript?.chapters.every((c) => c.status === 'drafted')) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const scenes = manuscript?.chapters.flatMap((c) => c.scenes) ?? [];
  expect(scenes.length).toBeGreaterThan(2);
  expect(scenes.every((s) => s.status === 'drafted' && s.word_count > 0)).toBe(true);

  // Each scene saved once across both runs, and the writer sees the cut-off turn and the one that went on.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { activity } = (await get('/sessions/draft-session')) as { activity: ActivityEvent[] };
  const saved = activity.flatMap((e) =>
    e.type === 'tool_execution' &&
    e.tool_name === 'draft_scene' &&
    e.status === 'completed' &&
    e.result?.scene_id
      ? [String(e.result.scene_id)]
      : [],
  );
  expect([...saved].sort()).toEqual(scenes.map((s) => s.id).sort());
  const completions = activity.flatMap((e) => (e.type === 'completion' ? [e.status] : []));
  expect(completions.slice(-2)).toEqual(['interrupted', 'completed']);
}, 120_000);
