// Drives the server exactly as the protocol document's client code does: its message shapes, its queued
// resend after a reconnect, its batches and its heartbeat.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createScriptedRunner } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What BooksWriterWebSocket.sendMessage and RobustWebSocket.sendMessage put on the wire. */
function seedMessage(content: string, userId: string | null = null) {
  return { type: 'message', content, user_id: userId || 'anonymous', timestamp: new Date().toISOString() };
}

/** A client that behaves like the document's RobustWebSocket: queue while closed, flush on open, dispatch by type. */
class SeedStyleClient {
  ws: WebSocket | null = null;
  readonly queue: string[] = [];
  readonly handled: Array<{ handler: string; data: Record<string, unknown> }> = [];
  readonly unknown: string[] = [];

  constructor(private readonly url: string) {}

  connect(): Promise<void> {
    return new Promise((resolve) => {
      const ws = new WebSocket(this.url);
      this.ws = ws;
      ws.onopen = () => {
        while (this.queue.length > 0) ws.send(this.queue.shift() as string);
        resolve();
      };
      ws.onmessage = (event) => {
        const data = JSON.parse(String(event.data)) as Record<string, unknown>;
        const handler = {
          stream_chunk: 'onStreamChunk',
          agent_switch: 'onAgentSwitch',
          tool_execution: 'onToolExecution',
          error: 'onError',
          completion: 'onCompletion',
        }[data.type as string];
        if (handler) this.handled.push({ handler, data });
        else this.unknown.push(String(data.type));
      };
    });
  }

  sendMessage(content: string): void {
    const frame = JSON.stringify(seedMessage(content));
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(frame);
    else this.queue.push(frame);
  }

  sendRaw(value: unknown): void {
    this.ws?.send(JSON.stringify(value));
  }

  async until(predicate: () => boolean): Promise<void> {
    for (let i = 0; i < 500 && !predicate(); i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(predicate()).toBe(true);
  }

  count(handler: string): number {
    return this.handled.filter((h) => h.handler === handler).length;
  }
}

describe('the protocol document’s client code against the server', () => {
  it('sendMessage gets agent switches, chunks, a tool execution and a completion naming the plot', async () => {
    server = await startTestServer({ runTurn: createScriptedRunner() });
    const client = new SeedStyleClient(server.wsUrl(`session-${Math.random().toString(36).slice(2, 11)}`));
    await client.connect();
    client.sendMessage('Create a fantasy novel with dragons and magic');
    await client.until(() => client.count('onCompletion') === 1);
    const completion = client.handled.find((h) => h.handler === 'onCompletion')?.data;
    expect(completion?.results).toMatchObject({ plot_id: expect.any(String), title: expect.any(String) });
    expect(client.count('onAgentSwitch')).toBeGreaterThanOrEqual(1);
    expect(client.count('onStreamChunk')).toBeGreaterThan(1);
    expect(client.count('onToolExecution')).toBe(2);
    expect(client.count('onError')).toBe(0);
    // Our additions fall into the document's default branch, which only logs them.
    expect(client.unknown).toEqual(expect.arrayContaining(['connected', 'user_message']));
  });

  it('RobustWebSocket: messages queued while disconnected are sent on reconnect and each answered once', async () => {
    const runner = createScriptedRunner({ chunks: 2 });
    server = await startTestServer({ runTurn: runner });
    const client = new SeedStyleClient(server.wsUrl('robust'));
    await client.connect();
    client.ws?.close();
    await new Promise((r) => setTimeout(r, 50));
    client.sendMessage('queued one');
    client.sendMessage('queued two');
    expect(client.queue.length).toBe(2);
    await client.connect();
    await client.until(() => client.count('onCompletion') === 2);
    expect(runner.calls).toEqual(['queued one', 'queued two']);
  });

  it('MessageBatcher: a batch is handled in order, entry by entry', async () => {
    const runner = createScriptedRunner({ chunks: 1 });
    server = await startTestServer({ runTurn: runner });
    const client = new SeedStyleClient(server.wsUrl('batcher'));
    await client.connect();
    client.sendRaw({
      type: 'batch',
      messages: [
        seedMessage('one'),
        { type: 'message', content: 7 },
        seedMessage('two'),
        seedMessage('three'),
      ],
      timestamp: new Date().toISOString(),
    });
    await client.until(() => client.count('onCompletion') === 3);
    expect(runner.calls).toEqual(['one', 'two', 'three']);
    const errors = client.handled.filter((h) => h.handler === 'onError').map((h) => h.data.error_code);
    expect(errors).toEqual(['INVALID_MESSAGE']);
  });

  it('ConnectionManager: the heartbeat message gets a pong and runs no agent', async () => {
    const runner = createScriptedRunner();
    server = await startTestServer({ runTurn: runner });
    const client = new SeedStyleClient(server.wsUrl('heartbeat'));
    await client.connect();
    for (let i = 0; i < 3; i += 1) client.sendMessage('ping');
    await client.until(() => client.unknown.filter((t) => t === 'pong').length === 3);
    expect(runner.calls).toEqual([]);
    expect(client.handled).toEqual([]);
  });
});
