// Upgrade requests on a real port: every one is answered and its socket closed; refusals carry the JSON error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { createCapturingLogger, rawRequest } from '../test-support/raw-http.ts';
import { createScriptedRunner } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let logs: ReturnType<typeof createCapturingLogger>;
beforeEach(async () => {
  logs = createCapturingLogger();
  server = await startTestServer({
    runTurn: createScriptedRunner({ chunks: 1 }),
    logger: logs.logger,
    env: { ALLOWED_ORIGINS: 'https://studio.example' },
  });
});
afterEach(async () => {
  await server.close();
});

function upgradeHead(path: string, extra: string[] = [], upgrade = 'websocket'): string {
  return [
    `GET ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${server.port}`,
    'Connection: Upgrade',
    `Upgrade: ${upgrade}`,
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    ...extra,
  ].join('\r\n');
}

function codeOf(body: string): unknown {
  return (JSON.parse(body) as { error: { code: string } }).error.code;
}

describe('upgrades to other protocols', () => {
  it('answers Upgrade: foo with 400 UNSUPPORTED_UPGRADE and closes the socket', async () => {
    for (const path of ['/api/health', '/ws/s1', '/']) {
      const answer = await rawRequest(server.port, upgradeHead(path, [], 'foo'));
      expect(answer.status).toBe(400);
      expect(codeOf(answer.body)).toBe(ErrorCode.UNSUPPORTED_UPGRADE);
      expect(answer.closed).toBe(true);
    }
  });

  it('releases every socket of twenty such requests', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => rawRequest(server.port, upgradeHead('/api/health', [], 'h2c'))),
    );
    expect(answers.every((a) => a.status === 400 && a.closed)).toBe(true);
  });
});

describe('refused WebSocket upgrades', () => {
  it('carry the JSON error body and are logged at warn with the code, not the request text', async () => {
    const secret = 'not-a-valid-id-'.repeat(10);
    const badId = await rawRequest(server.port, upgradeHead(`/ws/${secret}`));
    expect(badId.status).toBe(400);
    expect(codeOf(badId.body)).toBe(ErrorCode.INVALID_SESSION_ID);
    expect(badId.closed).toBe(true);

    const foreign = await rawRequest(server.port, upgradeHead('/ws/s2', ['Origin: https://evil.example']));
    expect(foreign.status).toBe(403);
    expect(codeOf(foreign.body)).toBe(ErrorCode.ORIGIN_FORBIDDEN);
    expect(foreign.headers['content-type']).toMatch(/application\/json/);

    const warnings = logs.lines().filter((line) => line.level === 40);
    expect(warnings.map((line) => line.code)).toEqual(
      expect.arrayContaining([ErrorCode.INVALID_SESSION_ID, ErrorCode.ORIGIN_FORBIDDEN]),
    );
    expect(JSON.stringify(logs.lines())).not.toContain(secret);
    expect(JSON.stringify(logs.lines())).not.toContain('evil.example');
  });

  it("refuses another owner's session with SESSION_FORBIDDEN in the body", async () => {
    const owner = `bw_owner=${'a'.repeat(32)}`;
    const client = await server.connect('owned1', { Cookie: owner });
    await client.waitFor('connected');
    client.say('Write me a plot');
    await client.waitFor('completion');
    await client.close();
    await server.hub.flush();
    const other = await rawRequest(
      server.port,
      upgradeHead('/ws/owned1', [`Cookie: bw_owner=${'b'.repeat(32)}`]),
    );
    expect(other.status).toBe(403);
    expect(codeOf(other.body)).toBe(ErrorCode.SESSION_FORBIDDEN);
  });

  it('still accepts a good upgrade', async () => {
    const client = await server.connect('fine1', { Origin: 'https://studio.example' });
    await client.waitFor('connected');
    await client.close();
  });
});
