// Limits a client cannot dodge with new session ids or cookies, on a real port: messages, the turn queue, restores.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { OWNER_COOKIE } from '../ownership.ts';
import { createScriptedRunner } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import type { TestClient } from '../test-support/ws-client.ts';
import { clientKeyOfAddress } from './client-address.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(env: Record<string, string>, runTurn = createScriptedRunner({ chunks: 1 })) {
  server = await startTestServer({ runTurn, env });
  return server;
}

const cookieOf = (token: string) => ({ Cookie: `${OWNER_COOKIE}=${token}` });

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Sends `count` messages on each client and waits until every one is accepted or refused. */
async function flood(clients: TestClient[], count: number) {
  for (const [c, client] of clients.entries())
    for (let i = 0; i < count; i += 1) client.say(`client ${c} message ${i}`);
  const answered = () =>
    clients.reduce(
      (n, client) => n + client.ofType('user_message').length + client.ofType('error').filter(isLimit).length,
      0,
    );
  await until(() => answered() === clients.length * count, 'every message to be answered');
  const accepted = clients.reduce((n, client) => n + client.ofType('user_message').length, 0);
  const refused = clients.flatMap((client) => client.ofType('error').filter(isLimit));
  return { accepted, refused };
}

const isLimit = (e: { error_code: string }) => e.error_code === ErrorCode.RATE_LIMITED;

describe('message rate limits', () => {
  it('count a cookie-less client by its address, whatever session ids it rotates through', async () => {
    const s = await start({ RATE_LIMIT_MAX_MESSAGES: '5', RATE_LIMIT_ADDRESS_MAX_MESSAGES: '8' });
    const clients = await Promise.all(Array.from({ length: 5 }, (_, i) => s.connect(`rotate-${i}`)));
    const { accepted, refused } = await flood(clients, 3);
    expect(accepted).toBe(8);
    expect(refused).toHaveLength(7);
    for (const error of refused) {
      expect(error.retry_after_ms).toBeGreaterThan(0);
      expect(error.details.scope).toBe('address');
    }
  });

  it("count an owner's messages across all their sessions, and leave other owners their own", async () => {
    const s = await start({ RATE_LIMIT_OWNER_MAX_MESSAGES: '4', RATE_LIMIT_ADDRESS_MAX_MESSAGES: '100' });
    const owner = cookieOf('o'.repeat(40));
    const clients = await Promise.all([0, 1, 2].map((i) => s.connect(`owned-${i}`, owner)));
    const { accepted, refused } = await flood(clients, 3);
    expect(accepted).toBe(4);
    expect(refused.every((e) => e.details.scope === 'owner')).toBe(true);

    const other = await s.connect('other-owner', cookieOf('p'.repeat(40)));
    expect((await flood([other], 3)).accepted).toBe(3);
  });

  it('still limit one session on its own', async () => {
    const s = await start({ RATE_LIMIT_MAX_MESSAGES: '2' });
    const client = await s.connect('one-session');
    const { accepted, refused } = await flood([client], 4);
    expect(accepted).toBe(2);
    expect(refused.every((e) => e.details.scope === 'session')).toBe(true);
  });
});

describe('the turn queue', () => {
  it('refuses a message past MAX_QUEUED_TURNS with QUEUE_FULL and runs the ones it accepted', async () => {
    const runner = createScriptedRunner({ chunks: 20, delayMs: 20 });
    const s = await start({ MAX_QUEUED_TURNS: '2' }, runner);
    const client = await s.connect('queue');
    for (let i = 0; i < 5; i += 1) client.say(`turn ${i}`);
    const full = await client.waitFor('error', (e) => e.error_code === ErrorCode.QUEUE_FULL);
    expect(full.details.max_queued_turns).toBe(2);
    await until(() => client.ofType('error').length === 2, 'both refusals');
    await client.waitForCount('completion', 3, 15_000);
    expect(runner.calls).toEqual(['turn 0', 'turn 1', 'turn 2']);
    // Once the queue has room again, a message is taken.
    client.say('after');
    await client.waitForCount('completion', 4, 15_000);
  });
});

describe('session_restore limits', () => {
  const restore = { type: 'session_restore' };

  it('refuse restores past the per-connection bound with RESTORE_LIMITED and when to retry', async () => {
    const s = await start({ RESTORE_LIMIT_PER_CONNECTION: '3' });
    const client = await s.connect('restore-conn');
    for (let i = 0; i < 5; i += 1) client.send(restore);
    await until(() => client.ofType('session_state').length + client.ofType('error').length === 5, 'answers');
    expect(client.ofType('session_state')).toHaveLength(3);
    const refused = client.ofType('error');
    expect(refused.map((e) => e.error_code)).toEqual([ErrorCode.RESTORE_LIMITED, ErrorCode.RESTORE_LIMITED]);
    expect(refused[0]?.retry_after_ms).toBeGreaterThan(0);
    expect(refused[0]?.details.scope).toBe('connection');
  });

  it('bound restores per session and per address however many sockets ask', async () => {
    const s = await start({ RESTORE_LIMIT_PER_SESSION: '4', RESTORE_LIMIT_PER_ADDRESS: '6' });
    const sockets = await Promise.all([0, 1, 2].map(() => s.connect('restore-session')));
    const count = (clients: TestClient[], type: 'session_state' | 'error') =>
      clients.reduce((n, c) => n + c.ofType(type).length, 0);
    for (const socket of sockets) for (let i = 0; i < 2; i += 1) socket.send(restore);
    await until(() => count(sockets, 'session_state') + count(sockets, 'error') === 6, 'answers');
    expect(count(sockets, 'session_state')).toBe(4);

    const elsewhere = await Promise.all([0, 1, 2].map((i) => s.connect(`restore-other-${i}`)));
    for (const socket of elsewhere) socket.send(restore);
    await until(() => count(elsewhere, 'session_state') + count(elsewhere, 'error') === 3, 'answers');
    expect(count(elsewhere, 'session_state')).toBe(2);
    expect(elsewhere.flatMap((c) => c.ofType('error')).map((e) => e.details.scope)).toEqual(['address']);
  });

  it('share one serialised snapshot among restores of the same state', async () => {
    const s = await start({});
    const writer = await s.connect('shared-state');
    writer.say('Hello');
    await writer.waitFor('completion');
    const frames: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const reader = await s.connect('shared-state');
      reader.socket.on('message', (data) => {
        if (String(data).startsWith('{"type":"session_state"')) frames.push(String(data));
      });
      reader.send(restore);
      await reader.waitFor('session_state');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(frames).toHaveLength(3);
    expect(new Set(frames).size).toBe(1);

    // Once the session moves on, a restore gets the new state, never the shared old one.
    writer.say('Again, with a lighthouse');
    await writer.waitFor('completion');
    const later = await s.connect('shared-state');
    later.send(restore);
    const state = await later.waitFor('session_state');
    expect(state.messages.map((m) => m.content)).toContain('Again, with a lighthouse');
  });
});

describe('large batches', () => {
  it("let another connection's ping through before they are done", async () => {
    const s = await start({});
    const [big, other] = await Promise.all([s.connect('big-batch'), s.connect('other-connection')]);
    await Promise.all([big.waitFor('connected'), other.waitFor('connected')]);
    const arrived: string[] = [];
    // The other client pings as soon as the first answer to the batches arrives: this process hosts
    // the server, so that is the first moment the server lets anything else run.
    big.socket.on('message', () => {
      if (arrived.push('big') === 1) other.send({ type: 'ping' });
    });
    other.socket.on('message', () => arrived.push('other'));
    const heartbeat = { type: 'message', content: 'ping', timestamp: new Date().toISOString() };
    const batch = {
      type: 'batch',
      messages: Array(100).fill(heartbeat),
      timestamp: new Date().toISOString(),
    };
    for (let i = 0; i < 50; i += 1) big.send(batch);
    await until(() => arrived.length === 5001, 'every pong');
    expect(arrived.indexOf('other')).toBeLessThan(4000);
  });
});

describe('client addresses', () => {
  it('are IPv4 as given, mapped IPv4 unwrapped, and IPv6 by its /64', () => {
    expect(clientKeyOfAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKeyOfAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKeyOfAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOfAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOfAddress('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(clientKeyOfAddress('::1')).toBe('0:0:0:0::/64');
    expect(clientKeyOfAddress(undefined)).toBe('unknown');
  });
});
