// The abuse test's entries about a writer's work and the guide's clients: deleting a live session keeps
// the work its owner's, and the guide's own example message runs among the attacks.
import { expect } from 'vitest';
import { CloseCode } from '../../protocol/errors.ts';
import type { ServerMessage } from '../../protocol/messages.ts';
import { type Attack, until } from './abuse-kit.ts';

type Chunk = Extract<ServerMessage, { type: 'stream_chunk' }>;

export const WRITER_ATTACKS: Attack[] = [
  {
    name: "deleting a writer's live session: its sockets close, its work stays theirs alone",
    async run(ctx) {
      const writer = await ctx.newOwner();
      const socket = await ctx.open('deleted-live', { Cookie: writer.cookie });
      await until(() => socket.count('connected') === 1, 'connected');
      await ctx.server.repo.sessions.ensureSession('deleted-live', { owner_token: writer.token });
      const plot = await ctx.server.repo.artifacts.create(
        'plots',
        { title: 'Kept After Deletion', logline: 'L', summary: 'S', genre: 'Fantasy' },
        { owner: writer.token, session_id: 'deleted-live' },
      );
      const deleted = await ctx.request('/api/sessions/deleted-live', {
        method: 'DELETE',
        headers: { Cookie: writer.cookie },
      });
      expect(deleted.status).toBeLessThan(300);
      expect((await socket.closed).code).toBe(CloseCode.SESSION_DELETED);
      expect(
        (await ctx.request(`/api/plots/${plot.id}`, { headers: { Cookie: writer.cookie } })).status,
      ).toBe(200);
      expect((await ctx.request(`/api/plots/${plot.id}`)).status).toBe(404);
      expect(JSON.parse((await ctx.request('/api/plots')).body).items).toEqual([]);
    },
  },
  {
    name: "the guide's example message, with a zone-less timestamp and a model this server lacks",
    async run(ctx) {
      const client = await ctx.open('guide-example');
      client.send({
        type: 'message',
        content: 'Create a fantasy novel with dragons and magic',
        user_id: 'user123',
        timestamp: '2025-01-28T10:30:00',
        options: { stream: true, model: 'gemini-2.0-flash-exp' },
      });
      await until(() => client.count('completion') === 1, 'the completion', 30_000);
      const completion = client.messages.find((m) => m.type === 'completion');
      expect(completion?.type === 'completion' && completion.results.requested_model).toBe(
        'gemini-2.0-flash-exp',
      );
      expect(client.errors()).toEqual([]);
      // Joined as the guide's page joins them, each agent's words still start a paragraph.
      const chunks = client.messages.filter((m): m is Chunk => m.type === 'stream_chunk');
      const firsts = chunks.filter((c) => c.chunk_id === 1);
      expect(firsts.length).toBeGreaterThan(1);
      for (const first of firsts.slice(1)) expect(first.content.startsWith('\n\n')).toBe(true);
      await ctx.server.hub.deleteSession('guide-example');
    },
  },
  {
    name: 'the security headers a review expects, on every answer',
    async run(ctx) {
      const { headers } = await ctx.request('/api/health');
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBeTruthy();
    },
  },
];
