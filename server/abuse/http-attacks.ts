// The HTTP attacks of the abuse test: requests that must be answered, bounded and refused without
// leaving a socket open or revealing anything (see attacks.ts for how an entry is written).
import { expect } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import type { Attack } from './abuse-kit.ts';

const upgradeTo = (protocol: string, path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: ${protocol}\r\n\r\n`;

export const HTTP_ATTACKS: Attack[] = [
  {
    name: '20 requests upgrading to something other than WebSocket',
    async run(ctx) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => ctx.raw(upgradeTo('foo', i % 2 ? '/api/health' : '/ws/x'))),
      );
      for (const { response, closed } of answers) {
        expect(response.startsWith('HTTP/1.1 400')).toBe(true);
        expect(response).toContain(ErrorCode.UNSUPPORTED_UPGRADE);
        expect(closed).toBe(true);
      }
    },
  },
  {
    name: 'a 100 MB PATCH body, declared up front',
    async run(ctx) {
      const head =
        'PATCH /api/plots/anything HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${100 * 1024 * 1024}\r\n\r\n{"title":"`;
      const { response, closed } = await ctx.raw(head);
      expect(response.startsWith('HTTP/1.1 413')).toBe(true);
      expect(response).toContain(ErrorCode.PAYLOAD_TOO_LARGE);
      expect(closed).toBe(true);
    },
  },
  {
    name: 'a foreign Host (DNS rebinding) on REST and on the WebSocket',
    async run(ctx) {
      const rest = await ctx.request('/api/sessions', { headers: { Host: 'attacker.example' } });
      expect(rest.status).toBe(403);
      expect(rest.body).toContain(ErrorCode.HOST_FORBIDDEN);
      await expect(ctx.open('rebound', { Host: 'attacker.example:8000' })).rejects.toThrow('HTTP 403');
    },
  },
  {
    name: "a foreign page deleting a writer's session with their cookie",
    async run(ctx) {
      const writer = await ctx.newOwner();
      await ctx.server.repo.sessions.ensureSession('cross-site', { owner_token: writer.token });
      const response = await ctx.request('/api/sessions/cross-site', {
        method: 'DELETE',
        headers: { Cookie: writer.cookie, Origin: 'https://attacker.example' },
      });
      expect(response.status).toBe(403);
      expect(response.body).toContain(ErrorCode.ORIGIN_FORBIDDEN);
      expect(await ctx.server.repo.sessions.getSession('cross-site')).toBeTruthy();
    },
  },
  {
    name: "a cookie-less client listing everyone's plots",
    async run(ctx) {
      const writer = await ctx.newOwner();
      await ctx.server.repo.artifacts.create(
        'plots',
        { title: 'Nobody Else Reads This', logline: 'L', summary: 'S', genre: 'Fantasy' },
        { owner: writer.token, session_id: null },
      );
      await ctx.server.repo.artifacts.create(
        'plots',
        { title: 'A Cookie-less Plot', logline: 'L', summary: 'S', genre: 'Fantasy' },
        { owner: 'session:someone-else', session_id: null },
      );
      const listed = await ctx.request('/api/plots');
      expect(listed.status).toBe(200);
      expect(JSON.parse(listed.body).items).toEqual([]);
    },
  },
  {
    name: 'a health probe at a path the app does not serve',
    async run(ctx) {
      const response = await ctx.request('/health');
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/json');
    },
  },
];
