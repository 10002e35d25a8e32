// The attacks the abuse test runs, one entry each; a new one is appended here and runs with the rest.
//
// An entry gets its own loopback address and the one shared server (AttackContext), does what an
// attacker would, asserts what must hold, and cleans up whatever it left running. HTTP attacks use
// `ctx.request` (headers and bodies of any size) or `ctx.raw` (bytes no HTTP client would send,
// e.g. `Upgrade: foo`, with whether the server closed the socket); socket attacks use `ctx.open`
// or `ctx.bareConnect`. Keep each one to a second or two: the whole list runs in one test file.
import { expect } from 'vitest';
import { CloseCode, ErrorCode } from '../../protocol/errors.ts';
import { type Attack, type AttackContext, type RawClient, until, userMessage } from './abuse-kit.ts';
import { HTTP_ATTACKS } from './http-attacks.ts';
import { WRITER_ATTACKS } from './writer-attacks.ts';

/** The defaults every attack meets (limits-config.ts); the abuse server runs with them unchanged. */
const ADDRESS_MESSAGES_PER_MINUTE = 120;
const MAX_QUEUED_TURNS = 20;
const RESTORES_PER_SESSION = 30;

/** Deletes what an attack left running, so its accepted turns do not outlast it in a bounded test. */
async function cleanUp(ctx: AttackContext, sessionIds: string[], clients: RawClient[]): Promise<void> {
  for (const id of sessionIds) await ctx.server.hub.deleteSession(id);
  await Promise.all(clients.map((c) => c.close()));
}

const refusals = (client: RawClient) =>
  client.errors(ErrorCode.RATE_LIMITED).length + client.errors(ErrorCode.QUEUE_FULL).length;

export const ATTACKS: Attack[] = [
  {
    name: 'rotating session ids: 5 sessions × 61 messages from one client',
    async run(ctx) {
      const ids = [0, 1, 2, 3, 4].map((i) => `rotate-${i}`);
      const clients = await Promise.all(ids.map((id) => ctx.open(id)));
      for (const client of clients) for (let i = 0; i < 61; i += 1) client.send(userMessage(`flood ${i}`));
      await until(
        () => clients.every((c) => c.count('user_message') + refusals(c) === 61),
        'every flooded message to be answered',
      );
      const accepted = clients.reduce((n, c) => n + c.count('user_message'), 0);
      expect(accepted).toBeLessThanOrEqual(ADDRESS_MESSAGES_PER_MINUTE);
      const limited = clients.flatMap((c) => c.errors(ErrorCode.RATE_LIMITED));
      expect(limited.map((e) => e.details.scope)).toContain('address');
      await cleanUp(ctx, ids, clients);
    },
  },
  {
    name: 'queue flood: 30 messages in one batch behind a running turn',
    async run(ctx) {
      const client = await ctx.open('queue-flood');
      const messages = Array.from({ length: 30 }, (_, i) => userMessage(`queued ${i}`));
      client.send({ type: 'batch', messages, timestamp: new Date().toISOString() });
      await until(() => client.count('user_message') + refusals(client) === 30, 'every queued message');
      expect(client.count('user_message')).toBe(1 + MAX_QUEUED_TURNS);
      expect(client.errors(ErrorCode.QUEUE_FULL)).toHaveLength(30 - 1 - MAX_QUEUED_TURNS);
      await cleanUp(ctx, ['queue-flood'], [client]);
    },
  },
  {
    name: 'restore amplification: 10 sockets × 60 restores of a 440 KB session',
    async run(ctx) {
      const sessionId = 'big-session';
      const size = await storeLargeSession(ctx, sessionId, 44, 10_000);
      const clients = await Promise.all(Array.from({ length: 10 }, () => ctx.open(sessionId)));
      for (const client of clients) for (let i = 0; i < 60; i += 1) client.send({ type: 'session_restore' });
      let closed = 0;
      for (const client of clients) void client.closed.then(() => (closed += 1));
      await until(
        () =>
          closed > 0 ||
          clients.every((c) => c.sessionStates + c.errors(ErrorCode.RESTORE_LIMITED).length === 60),
        'every restore to be answered',
      );
      // Answered, not dropped as a slow reader for the megabytes piled up in its buffer.
      expect(closed).toBe(0);
      const states = clients.reduce((n, c) => n + c.sessionStates, 0);
      expect(states).toBeLessThanOrEqual(RESTORES_PER_SESSION);
      const bytes = clients.reduce((n, c) => n + c.bytes, 0);
      expect(bytes).toBeLessThan((RESTORES_PER_SESSION + 1) * size * 1.1);
      for (const refused of clients.flatMap((c) => c.errors(ErrorCode.RESTORE_LIMITED)))
        expect(refused.retry_after_ms).toBeGreaterThan(0);
      await cleanUp(ctx, [sessionId], clients);
    },
  },
  {
    name: '1000 bare connects that never send anything',
    async run(ctx) {
      const ids = Array.from({ length: 1000 }, (_, i) => `bare-${i}`);
      // 25 at a time: each connect costs the server a millisecond or so, and a connect storm wider
      // than that is a per-address connection-rate question these limits do not answer yet.
      for (let wave = 0; wave < ids.length; wave += 25) {
        await Promise.all(ids.slice(wave, wave + 25).map((id) => ctx.bareConnect(id)));
      }
      await ctx.server.hub.flush();
      const rows = await Promise.all(ids.map((id) => ctx.server.repo.sessions.getSession(id)));
      expect(rows.filter(Boolean)).toHaveLength(0);
    },
  },
  {
    name: 'oversized WebSocket frames',
    async run(ctx) {
      const clients = await Promise.all([0, 1, 2].map((i) => ctx.open(`oversized-${i}`)));
      const frame = JSON.stringify(userMessage('x'.repeat(2 * 1024 * 1024)));
      for (const client of clients) client.send(frame);
      const closes = await Promise.all(clients.map((c) => c.closed));
      expect(closes.map((c) => c.code)).toEqual(clients.map(() => CloseCode.MESSAGE_TOO_BIG));
    },
  },
  {
    name: "session fixation: an ownerless id opened in advance, then claimed by a writer's cookie",
    async run(ctx) {
      const attacker = await ctx.open('fixation-target');
      await until(() => attacker.count('connected') === 1, 'connected');
      const writer = await ctx.newOwner();
      const owned = await ctx.open('fixation-target', { Cookie: writer.cookie });
      await until(() => owned.count('connected') === 1, 'the writer connected');
      expect((await attacker.closed).code).toBe(CloseCode.SESSION_FORBIDDEN);
      await expect(ctx.open('fixation-target')).rejects.toThrow('HTTP 403');
      await owned.close();
    },
  },
  {
    name: "cross-owner link: PATCH a character onto someone else's plot",
    async run(ctx) {
      const alice = await ctx.newOwner();
      const bob = await ctx.newOwner();
      const plot = await ctx.server.repo.artifacts.create(
        'plots',
        { title: 'Alice Secret Plot', logline: 'L', summary: 'S', genre: 'Fantasy' },
        { owner: alice.token, session_id: null },
      );
      const character = await ctx.server.repo.artifacts.create(
        'characters',
        { name: 'Bob Hero', role: 'hero', description: 'd' },
        { owner: bob.token, session_id: null },
      );
      const response = await ctx.request(`/api/characters/${character.id}`, {
        method: 'PATCH',
        headers: { Cookie: bob.cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ plot_id: plot.id }),
      });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('Alice');
      const stored = await ctx.server.repo.artifacts.get('characters', character.id);
      expect(stored?.plot_id ?? null).toBeNull();
    },
  },
  ...HTTP_ATTACKS,
  ...WRITER_ATTACKS,
];

/** A cookie-less session with `count` stored messages of `length` characters; returns its restore size. */
async function storeLargeSession(
  ctx: AttackContext,
  sessionId: string,
  count: number,
  length: number,
): Promise<number> {
  const sessions = ctx.server.repo.sessions;
  await sessions.ensureSession(sessionId, { owner_token: null });
  for (let i = 0; i < count; i += 1) {
    await sessions.insertMessage({
      id: `big_${i}`,
      session_id: sessionId,
      turn_id: `big_turn_${Math.floor(i / 2)}`,
      role: i % 2 === 0 ? 'user' : 'agent',
      agent: i % 2 === 0 ? null : 'PlotGeneratorAgent',
      content: `${i} ${'lorem ipsum '.repeat(length / 12)}`.slice(0, length),
      status: 'complete',
      client_message_id: null,
      created_at: new Date().toISOString(),
    });
  }
  return count * length;
}
