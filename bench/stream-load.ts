// The streaming load: many sessions each sending turns, counting the chunks received and how late each arrived.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { type Distribution, describeDistribution } from './percentiles.ts';

export interface StreamLoadOptions {
  /** ws://host:port, without the /ws/{id} path. */
  baseUrl: string;
  sessions: number;
  turnsPerSession: number;
  /** Makes session ids distinct across runs sharing one database. */
  sessionPrefix: string;
  prompts: readonly string[];
  /** The whole run is abandoned after this long; what arrived until then is still reported. */
  timeoutMs: number;
  /** Receives every latency sample too, so several runs can be pooled into one distribution. */
  latencySink?: number[];
  /**
   * Spreads the sessions' first messages evenly over this long instead of sending them all at once,
   * as writers who did not all press send in the same millisecond would (0: all at once).
   */
  startSpreadMs?: number;
}

export interface StreamLoadResult {
  sessions: number;
  turnsCompleted: number;
  turnsExpected: number;
  chunks: number;
  bytes: number;
  seconds: number;
  chunksPerSecond: number;
  /** Characters of model text received (the `content` of every stream_chunk), on every connection. */
  textChars: number;
  textPerSecond: number;
  /**
   * Characters a second each session received while its reply streamed (first chunk to last), lowest
   * first: a server that cannot keep up with the model's pace delivers late but still on time by its stamps.
   */
  sessionTextRates: number[];
  /** Chunks missing from a message: a chunk_id that skipped ahead of the one before it on that connection. */
  lostChunks: number;
  /** Server stamp → client receipt, in whole milliseconds (both clocks are this machine's). */
  latencyMs: Distribution | null;
  problems: string[];
}

interface SessionLoad {
  socket: WebSocket;
  turnsLeft: number;
  prompt: string;
  /** The last chunk_id seen for each message on this connection, to find gaps. */
  lastChunk: Map<string, number>;
  firstChunkAt: number;
  lastChunkAt: number;
  textChars: number;
}

/** How many WebSocket handshakes are in flight at once while the sessions connect. */
const CONNECT_CONCURRENCY = 50;

export async function runStreamLoad(options: StreamLoadOptions): Promise<StreamLoadResult> {
  const latencies: number[] = [];
  const problems: string[] = [];
  let chunks = 0;
  let bytes = 0;
  let textChars = 0;
  let lostChunks = 0;
  let turnsCompleted = 0;
  let sessionsFinished = 0;
  let closing = false;
  let onAllFinished: () => void = () => {};
  const allFinished = new Promise<void>((resolve) => {
    onAllFinished = resolve;
  });

  const send = (load: SessionLoad) => {
    load.turnsLeft -= 1;
    load.socket.send(
      JSON.stringify({
        type: 'message',
        content: load.prompt,
        user_id: 'bench',
        timestamp: new Date().toISOString(),
      }),
    );
  };

  const handleFrame = (load: SessionLoad, data: WebSocket.RawData) => {
    const receivedAt = Date.now();
    const text = String(data);
    bytes += text.length;
    const frame = JSON.parse(text) as {
      type: string;
      timestamp: string;
      error_code?: string;
      status?: string;
      content?: string;
      message_id?: string;
      chunk_id?: number;
    };
    if (frame.type === 'stream_chunk') {
      chunks += 1;
      textChars += frame.content?.length ?? 0;
      load.textChars += frame.content?.length ?? 0;
      if (load.firstChunkAt === 0) load.firstChunkAt = receivedAt;
      load.lastChunkAt = receivedAt;
      const messageId = frame.message_id ?? '';
      const chunkId = frame.chunk_id ?? 0;
      const previous = load.lastChunk.get(messageId) ?? 0;
      if (chunkId > previous + 1) lostChunks += chunkId - previous - 1;
      load.lastChunk.set(messageId, Math.max(previous, chunkId));
      const latency = receivedAt - Date.parse(frame.timestamp);
      latencies.push(latency);
      options.latencySink?.push(latency);
    } else if (frame.type === 'error') {
      problems.push(`error frame ${frame.error_code}`);
    } else if (frame.type === 'completion') {
      turnsCompleted += 1;
      if (frame.status !== 'completed') problems.push(`turn ended ${frame.status}`);
      if (load.turnsLeft > 0) send(load);
      else {
        sessionsFinished += 1;
        if (sessionsFinished === options.sessions) onAllFinished();
      }
    }
  };

  const loads: SessionLoad[] = [];
  for (let first = 0; first < options.sessions; first += CONNECT_CONCURRENCY) {
    const batch = Array.from({ length: Math.min(CONNECT_CONCURRENCY, options.sessions - first) }, (_, k) => {
      const index = first + k;
      return connect(`${options.baseUrl}/ws/${options.sessionPrefix}-${index}`).then((socket) => {
        const load: SessionLoad = {
          socket,
          turnsLeft: options.turnsPerSession,
          prompt: options.prompts[index % options.prompts.length] ?? 'Create a fantasy novel',
          lastChunk: new Map(),
          firstChunkAt: 0,
          lastChunkAt: 0,
          textChars: 0,
        };
        socket.on('message', (data) => handleFrame(load, data));
        socket.on('error', (error) => problems.push(`socket error ${error.message}`));
        socket.on('close', (code) => {
          if (!closing) problems.push(`closed by the server with ${code}`);
        });
        return load;
      });
    });
    loads.push(...(await Promise.all(batch)));
  }

  const startedAt = performance.now();
  let finishedAt = startedAt;
  const spread = options.startSpreadMs ?? 0;
  for (const [index, load] of loads.entries()) {
    if (spread > 0) setTimeout(() => send(load), (index * spread) / loads.length);
    else send(load);
  }
  const timedOut = Symbol('timed out');
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    allFinished.then(() => {
      finishedAt = performance.now();
    }),
    new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), options.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome === timedOut) {
    finishedAt = performance.now();
    problems.push(`timed out after ${options.timeoutMs} ms`);
  }
  closing = true;
  for (const load of loads) load.socket.close(1000);

  const seconds = (finishedAt - startedAt) / 1000;
  return {
    sessions: options.sessions,
    turnsCompleted,
    turnsExpected: options.sessions * options.turnsPerSession,
    chunks,
    bytes,
    seconds,
    chunksPerSecond: seconds > 0 ? chunks / seconds : 0,
    textChars,
    textPerSecond: seconds > 0 ? textChars / seconds : 0,
    sessionTextRates: loads
      .filter((l) => l.lastChunkAt > l.firstChunkAt)
      .map((l) => (l.textChars * 1000) / (l.lastChunkAt - l.firstChunkAt))
      .sort((a, b) => a - b),
    lostChunks,
    latencyMs: latencies.length > 0 ? describeDistribution(latencies) : null,
    problems: summarizeProblems(problems),
  };
}

/** Opens a socket; resolves once it is open. */
export function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Counts repeated problems instead of listing each one. */
function summarizeProblems(problems: string[]): string[] {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  return [...counts].map(([problem, count]) => (count > 1 ? `${problem} ×${count}` : problem));
}
