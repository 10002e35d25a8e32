// The guide's own client class, taken verbatim from the guide, and its example message, against the server:
// its message runs, its timestamps are accepted, and a client that joins chunks reads agents apart.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

const GUIDE = readFileSync(new URL('../../docs/guide/websocket-integration.md', import.meta.url), 'utf8');

/** The guide's first fenced block of JavaScript that declares `name`, exactly as written there. */
function guideCode(name: string): string {
  const block = [...GUIDE.matchAll(/```javascript\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .find((code) => code.includes(`class ${name}`));
  if (!block) throw new Error(`the guide has no class ${name}`);
  return block;
}

/** The guide's example JSON message, as its "Standard Message Format" section gives it. */
function guideExampleMessage(): Record<string, unknown> {
  const json = /#### Standard Message Format\n```json\n([\s\S]*?)```/.exec(GUIDE)?.[1];
  if (!json) throw new Error('the guide has no standard message example');
  return JSON.parse(json);
}

interface GuideClient {
  connect(): void;
  sendMessage(content: string): void;
  ws: WebSocket;
  onConnected(event: unknown): void;
  onStreamChunk(data: { content: string }): void;
  onCompletion(data: Record<string, unknown>): void;
  onError(error: unknown): void;
}

/** Builds the guide's BooksWriterWebSocket with only its URL pointed at the test server's port. */
function guideClientClass(port: number): new (sessionId: string) => GuideClient {
  const code = guideCode('BooksWriterWebSocket').replace('ws://localhost:8000', `ws://127.0.0.1:${port}`);
  const quiet = { log() {}, error() {} };
  return new Function('WebSocket', 'console', `${code}\nreturn BooksWriterWebSocket;`)(WebSocket, quiet);
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the guide's clients", () => {
  it("runs the guide's example message, whose model this server cannot serve, on the session's model", async () => {
    server = await startTestServer();
    const client = await server.connect('guide-example');
    await client.waitFor('connected');
    client.send(guideExampleMessage());
    const completion = await client.waitFor('completion', undefined, 30_000);
    expect(completion.status).toBe('completed');
    expect(completion.results).toMatchObject({
      model: 'offline:bookswriter-offline',
      requested_model: 'gemini-2.0-flash-exp',
      plot_id: expect.any(String),
    });
    expect(client.ofType('error')).toEqual([]);
    await client.close();
  });

  it('still refuses a model_switch to a model it cannot serve: there the writer asked for it', async () => {
    server = await startTestServer();
    const client = await server.connect('guide-switch');
    client.send({ type: 'model_switch', model: 'gemini-2.0-flash-exp', timestamp: new Date().toISOString() });
    expect((await client.waitFor('error')).error_code).toBe('MODEL_UNAVAILABLE');
    await client.close();
  });

  it('accepts every timestamp new Date() parses, as the guide validates them, and answers a bare ping', async () => {
    server = await startTestServer();
    const client = await server.connect('guide-timestamps');
    await client.waitFor('connected');
    const accepted = [
      Date.now(),
      '2025-01-28T10:30:00',
      '2025-01-28 10:30:00',
      'Tue, 28 Jan 2025 10:30:00 GMT',
    ];
    for (const timestamp of accepted) client.send({ type: 'ping', timestamp });
    client.send({ type: 'ping' });
    await client.waitForCount('pong', accepted.length + 1);
    expect(client.ofType('error')).toEqual([]);
    client.send({ type: 'ping', timestamp: 'the day after tomorrow' });
    expect((await client.waitFor('error')).error_code).toBe('INVALID_TIMESTAMP');
    client.send({ type: 'message', content: 'A thriller in Lisbon', timestamp: '2025-01-28T10:30:00' });
    await client.waitFor('completion', undefined, 30_000);
    const stored = await server.repo.sessions.listMessages('guide-timestamps');
    expect(stored.filter((m) => m.role === 'user').map((m) => m.content)).toEqual(['A thriller in Lisbon']);
    await client.close();
  });

  it("the guide's own class, joining chunks as its page does, reads each agent on a paragraph of its own", async () => {
    server = await startTestServer();
    const BooksWriterWebSocket = guideClientClass(server.port);
    const guide = new BooksWriterWebSocket('guide-class');
    let joined = '';
    const done = new Promise<Record<string, unknown>>((resolve, reject) => {
      guide.onConnected = () => guide.sendMessage('Create a fantasy novel with dragons and magic');
      guide.onStreamChunk = (data) => {
        joined += data.content;
      };
      guide.onCompletion = resolve;
      guide.onError = reject;
    });
    guide.connect();
    const completion = await done;
    guide.ws.onclose = null;
    guide.ws.close();
    expect(completion.status).toBe('completed');

    const agentMessages = (await server.repo.sessions.listMessages('guide-class')).filter(
      (m) => m.role === 'agent',
    );
    expect(agentMessages.length).toBeGreaterThan(1);
    expect(joined).toBe(agentMessages.map((m) => m.content).join(''));
    for (const follower of agentMessages.slice(1)) {
      expect(follower.content.startsWith('\n\n')).toBe(true);
      expect(joined).toContain(`\n\n${follower.content.trimStart().slice(0, 20)}`);
    }
  });
});
