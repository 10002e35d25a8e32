// Sessions outlive connections and the server itself: restore after a restart on the same database file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { createScriptedRunner, numberedChunks, specialistText } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

const dirs: string[] = [];
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bookswriter-'));
  dirs.push(dir);
  return join(dir, 'sessions.db');
}

describe('persistence', () => {
  it('restores the transcript, activity and model after a restart on the same database', async () => {
    const database = tempDatabase();
    server = await startTestServer({ runTurn: createScriptedRunner(), env: { DATABASE_URL: database } });
    const client = await server.connect('durable');
    client.say('Create a fantasy novel with dragons and magic');
    await client.waitFor('completion');
    const before = await server.repo.sessions.listMessages('durable');
    await server.close();

    server = await startTestServer({ runTurn: createScriptedRunner(), env: { DATABASE_URL: database } });
    const again = await server.connect('durable');
    again.send({ type: 'session_restore' });
    const state = await again.waitFor('session_state');
    expect(state.messages.map((m) => [m.role, m.agent, m.content, m.status])).toEqual(
      before.map((m) => [m.role, m.agent, m.content, m.status]),
    );
    expect(state.messages[0]).toMatchObject({
      role: 'user',
      content: 'Create a fantasy novel with dragons and magic',
    });
    expect(state.activity.map((e) => e.type)).toContain('completion');
    expect(state.in_flight).toBeNull();
  });

  it('marks a reply cut off by shutdown as interrupted, keeping what was written', async () => {
    const database = tempDatabase();
    server = await startTestServer({
      runTurn: createScriptedRunner({ chunks: 1000, delayMs: 5 }),
      env: { DATABASE_URL: database },
    });
    const client = await server.connect('cut');
    client.say('A very long reply');
    for (let i = 0; i < 5; i += 1)
      await client.waitFor('stream_chunk', (c) => c.agent === 'PlotGeneratorAgent');
    await server.close();
    await client.closed;
    const completion = client.ofType('completion')[0];
    expect(completion?.status).toBe('interrupted');

    server = await startTestServer({ runTurn: createScriptedRunner(), env: { DATABASE_URL: database } });
    const messages = await server.repo.sessions.listMessages('cut');
    const reply = messages.find((m) => m.agent === 'PlotGeneratorAgent');
    expect(reply?.status).toBe('interrupted');
    expect(reply?.content.startsWith(specialistText(numberedChunks(5)))).toBe(true);
    expect(await server.repo.checkIntegrity()).toBe(true);
  });

  it('switches a session model, acknowledges it to every tab, and refuses an unknown one without change', async () => {
    server = await startTestServer({ runTurn: createScriptedRunner() });
    const [tab, other] = await Promise.all([server.connect('models'), server.connect('models')]);
    const connected = await tab.waitFor('connected');
    expect(connected.model).toBe('offline:bookswriter-offline');
    tab.send({ type: 'model_switch', model: 'no-such-provider:model-x' });
    const refused = await tab.waitFor('error');
    expect(refused.error_code).toBe(ErrorCode.MODEL_UNAVAILABLE);
    tab.send({ type: 'model_switch', model: 'offline:bookswriter-offline' });
    const switched = await other.waitFor('model_switched');
    expect(switched).toMatchObject({
      model: 'offline:bookswriter-offline',
      previous_model: 'offline:bookswriter-offline',
    });
    tab.send({ type: 'session_restore' });
    expect((await tab.waitFor('session_state')).model).toBe('offline:bookswriter-offline');
  });
});
