// Resuming a session mid-stream: nothing lost, nothing twice, in order; replies outlive their connections.
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamChunk } from '../../protocol/messages.ts';
import { createScriptedRunner, numberedChunks } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import type { TestClient } from '../test-support/ws-client.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What a client has seen of each agent message: its text and the last chunk id. */
class SeenTranscript {
  readonly text = new Map<string, string>();
  readonly lastChunk = new Map<string, number>();
  lastMessageId: string | undefined;

  applyState(state: { messages: Array<{ id: string; role: string; content: string; chunk_count: number }> }) {
    for (const m of state.messages) {
      if (m.role !== 'agent') continue;
      this.text.set(m.id, m.content);
      this.lastChunk.set(m.id, m.chunk_count);
    }
  }

  applyChunk(chunk: StreamChunk) {
    const last = this.lastChunk.get(chunk.message_id) ?? 0;
    expect(chunk.chunk_id, `chunk ${chunk.chunk_id} of ${chunk.message_id} after ${last}`).toBe(last + 1);
    this.text.set(chunk.message_id, (this.text.get(chunk.message_id) ?? '') + chunk.content);
    this.lastChunk.set(chunk.message_id, chunk.chunk_id);
    this.lastMessageId = chunk.message_id;
  }
}

function restoreFrom(seen: SeenTranscript) {
  const id = seen.lastMessageId;
  return id
    ? { type: 'session_restore', last_message_id: id, last_chunk_id: seen.lastChunk.get(id) }
    : { type: 'session_restore' };
}

async function follow(client: TestClient, seen: SeenTranscript, stopAfter: number): Promise<boolean> {
  const state = await client.waitFor('session_state');
  seen.applyState(state);
  let handled = 0;
  while (handled < stopAfter) {
    const next = await client.waitFor('stream_chunk', () => true, 1_500).catch(() => undefined);
    if (!next) return true;
    seen.applyChunk(next);
    handled += 1;
  }
  return false;
}

describe('session_restore', () => {
  it('answers with the text up to the chunk the client saw, then every later chunk, then the live stream', async () => {
    server = await startTestServer({ runTurn: createScriptedRunner({ chunks: 60, delayMs: 3 }) });
    const first = await server.connect('resume-one');
    first.say('A long plot please');
    const seen = new SeenTranscript();
    for (let i = 0; i < 12; i += 1) seen.applyChunk(await first.waitFor('stream_chunk'));
    first.socket.terminate();

    const second = await server.connect('resume-one');
    second.send(restoreFrom(seen));
    const state = await second.waitFor('session_state');
    expect(state.in_flight?.message_id).toBe(seen.lastMessageId);
    expect(state.in_flight?.chunk_id).toBe(seen.lastChunk.get(seen.lastMessageId as string));
    const inFlight = state.messages.find((m) => m.id === state.in_flight?.message_id);
    expect(inFlight?.content).toBe(seen.text.get(seen.lastMessageId as string));
    seen.applyState(state);
    await second.waitFor('completion');
    for (const chunk of second.ofType('stream_chunk')) seen.applyChunk(chunk);

    await server.hub.flush();
    const stored = await server.repo.sessions.listMessages('resume-one');
    const plot = stored.find((m) => m.agent === 'PlotGeneratorAgent');
    expect(plot?.status).toBe('complete');
    expect(plot?.content).toBe(numberedChunks(60).join(''));
    expect(seen.text.get(plot?.id as string)).toBe(plot?.content);
  });

  it('keeps generating while no client is connected and has the reply stored when the writer returns', async () => {
    server = await startTestServer({ runTurn: createScriptedRunner({ chunks: 30, delayMs: 2 }) });
    const writer = await server.connect('away');
    writer.say('Write while I am away');
    await writer.waitFor('stream_chunk');
    await writer.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const back = await server.connect('away');
    back.send({ type: 'session_restore' });
    const state = await back.waitFor('session_state');
    const reply = state.messages.find((m) => m.agent === 'PlotGeneratorAgent');
    expect(reply?.content).toBe(numberedChunks(30).join(''));
    expect(reply?.status).toBe('complete');
    expect(state.in_flight).toBeNull();
    expect(state.activity.some((e) => e.type === 'completion')).toBe(true);
  });

  it('survives 200 connections cut at random points with every chunk once and in order', async () => {
    const chunkCount = 400;
    server = await startTestServer({
      runTurn: createScriptedRunner({ chunks: chunkCount, delayMs: 1 }),
      // 200 reconnects in seconds from one address: far past the restore limits, which are not under test here.
      env: { RESTORE_LIMIT_PER_SESSION: '1000', RESTORE_LIMIT_PER_ADDRESS: '1000' },
    });
    const seen = new SeenTranscript();
    let random = 42;
    const nextRandom = () => {
      random = (random * 1_103_515_245 + 12_345) % 2 ** 31;
      return random / 2 ** 31;
    };
    let cuts = 0;
    let turns = 0;
    const opener = await server.connect('cuts');
    opener.say('Turn 1');
    turns = 1;
    await opener.waitFor('user_message');
    opener.socket.terminate();
    while (cuts < 200) {
      const client = await server.connect('cuts');
      client.send(restoreFrom(seen));
      const idle = await follow(client, seen, Math.floor(nextRandom() * 12));
      if (!server.hub.isGenerating('cuts') || idle) {
        turns += 1;
        client.say(`Turn ${turns}`);
        await client.waitFor('user_message');
      }
      client.socket.terminate();
      cuts += 1;
    }
    const finalClient = await server.connect('cuts');
    finalClient.send(restoreFrom(seen));
    await follow(finalClient, seen, 0);
    await new Promise<void>((resolve) => {
      const check = () => (server?.hub.isGenerating('cuts') ? setTimeout(check, 20) : resolve());
      check();
    });
    finalClient.send({ type: 'session_restore' });
    const final = await finalClient.waitFor('session_state');
    await server.hub.flush();
    const stored = await server.repo.sessions.listMessages('cuts');
    const replies = stored.filter((m) => m.agent === 'PlotGeneratorAgent');
    expect(replies.length).toBe(turns);
    for (const reply of replies) {
      expect(reply.content).toBe(numberedChunks(chunkCount).join(''));
      expect(reply.chunk_count).toBe(chunkCount);
      const fromState = final.messages.find((m) => m.id === reply.id);
      expect(fromState?.content).toBe(reply.content);
      const partial = seen.text.get(reply.id);
      if (partial !== undefined) expect(reply.content.startsWith(partial)).toBe(true);
    }
  }, 120_000);
});
