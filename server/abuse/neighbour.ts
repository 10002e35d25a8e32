// A well-behaved writer beside the attacks: asks for one reply after another and times its pongs throughout.
import { expect } from 'vitest';
import type { StreamChunk } from '../../protocol/messages.ts';
import type { TestServer } from '../test-support/test-server.ts';
import { TestClient } from '../test-support/ws-client.ts';

const PING_EVERY_MS = 10;

/** One ping answered: when it was sent (performance.now()) and how long its pong took. */
export interface PongSample {
  sentAt: number;
  roundTripMs: number;
}

export interface Neighbour {
  /** Lets the reply in progress finish, stops asking and pinging, and says what was seen. */
  stop(): Promise<{ turns: string[]; pongs: PongSample[] }>;
}

/** Starts the neighbour on its own session, from 127.0.0.1 (the attacks use other loopback addresses). */
export async function startNeighbour(
  server: TestServer,
  sessionId: string,
  prompt: string,
): Promise<Neighbour> {
  const client = await TestClient.connect(server.wsUrl(sessionId));
  await client.waitFor('connected');
  const sentAt: number[] = [];
  const pongs: PongSample[] = [];
  client.socket.on('message', (data: Buffer) => {
    if (data.subarray(0, 14).toString() === '{"type":"pong"') {
      const sent = sentAt.shift();
      if (sent !== undefined) pongs.push({ sentAt: sent, roundTripMs: performance.now() - sent });
    }
  });
  // Each ping is timed from when it was due, not from when a busy event loop got round to sending
  // it: a stall of this process (which hosts the server too) counts against the pong.
  let due = performance.now();
  const pinger = setInterval(() => {
    for (const now = performance.now(); due <= now; due += PING_EVERY_MS) {
      sentAt.push(due);
      client.send({ type: 'ping' });
    }
  }, PING_EVERY_MS);

  let stopping = false;
  const turns: string[] = [];
  const writing = (async () => {
    while (!stopping) {
      client.say(prompt);
      const completion = await client.waitFor('completion', () => true, 60_000);
      expect(completion.status).toBe('completed');
      turns.push(completion.turn_id);
    }
  })();

  // The first reply warms the agents and the offline model up (compilation, first imports), which
  // stalls the process for a while with or without any attack: attacks start after it.
  while (turns.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

  return {
    stop: async () => {
      stopping = true;
      await writing;
      clearInterval(pinger);
      await client.close();
      await expectRepliesIntact(server, sessionId, client.ofType('stream_chunk'), turns);
      return { turns, pongs };
    },
  };
}

/** Every agent message of every turn arrived whole: chunks 1…n once each, joined equal to what was stored. */
async function expectRepliesIntact(
  server: TestServer,
  sessionId: string,
  chunks: StreamChunk[],
  turns: string[],
): Promise<void> {
  await server.hub.flush();
  const stored = await server.repo.sessions.listMessages(sessionId);
  const agentMessages = stored.filter((m) => m.role === 'agent' && turns.includes(m.turn_id));
  expect(agentMessages.length).toBeGreaterThanOrEqual(turns.length);
  for (const message of agentMessages) {
    const received = chunks.filter((c) => c.message_id === message.id);
    expect(received.map((c) => c.chunk_id)).toEqual(received.map((_, i) => i + 1));
    expect(received.map((c) => c.content).join('')).toBe(message.content);
    expect(message.status).toBe('complete');
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
