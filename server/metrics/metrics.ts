// Prometheus metrics of one server: connections, client messages, chunks, errors, turns, latency, tokens.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { ErrorCode } from '../../protocol/errors.ts';
import { CLIENT_MESSAGE_TYPES, type TurnStatus } from '../../protocol/messages.ts';
import type { TurnUsage } from '../agents/turn.ts';

export interface Metrics {
  /** This server's own registry: several servers in one process never share counters. */
  readonly registry: Registry;
  connectionOpened(): void;
  connectionClosed(): void;
  /** A validated client message, by its `type` (heartbeats as `heartbeat`). */
  messageCounted(kind: string): void;
  chunkSent(): void;
  errorSent(code: string): void;
  /** A turn ended with `status`; `modelId` is `provider:model`, `usage` what the provider reported. */
  turnFinished(status: TurnStatus, durationMs: number, usage?: TurnUsage, modelId?: string): void;
  /** The exposition text and its content type, for GET /api/metrics. */
  render(): Promise<{ contentType: string; body: string }>;
}

const PREFIX = 'bookswriter_';

/** Turn latencies run from a quick routing answer to several specialists writing in a row. */
const TURN_BUCKETS_S = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];

// Labels come from clients and providers: anything outside the known set is folded into one value so
// a misbehaving client cannot grow the registry without bound.
const MESSAGE_KINDS = new Set<string>([...CLIENT_MESSAGE_TYPES, 'heartbeat']);
const ERROR_CODES = new Set<string>(Object.values(ErrorCode));
const PROVIDER_PATTERN = /^[a-z0-9-]{1,32}$/;

function bounded(value: string, known: Set<string>): string {
  return known.has(value) ? value : 'other';
}

function providerOf(modelId: string | undefined): string {
  const provider = modelId?.split(':')[0]?.toLowerCase() ?? '';
  return PROVIDER_PATTERN.test(provider) ? provider : 'unknown';
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: PREFIX });

  const connectionsOpen = new Gauge({
    name: `${PREFIX}ws_connections_open`,
    help: 'WebSocket connections open now',
    registers,
  });
  const connectionsTotal = new Counter({
    name: `${PREFIX}ws_connections_total`,
    help: 'WebSocket connections accepted since start',
    registers,
  });
  const clientMessages = new Counter({
    name: `${PREFIX}ws_client_messages_total`,
    help: 'Valid client messages received, by type',
    labelNames: ['type'] as const,
    registers,
  });
  const chunksSent = new Counter({
    name: `${PREFIX}ws_chunks_sent_total`,
    help: 'stream_chunk frames sent to connections',
    registers,
  });
  const errors = new Counter({
    name: `${PREFIX}errors_total`,
    help: 'error messages sent to clients, by error code',
    labelNames: ['code'] as const,
    registers,
  });
  const turns = new Counter({
    name: `${PREFIX}turns_total`,
    help: 'Turns finished, by final status',
    labelNames: ['status'] as const,
    registers,
  });
  const turnDuration = new Histogram({
    name: `${PREFIX}turn_duration_seconds`,
    help: 'Time from a turn starting to its completion, by final status',
    labelNames: ['status'] as const,
    buckets: TURN_BUCKETS_S,
    registers,
  });
  const tokens = new Counter({
    name: `${PREFIX}provider_tokens_total`,
    help: 'Tokens the model providers reported, by provider and direction (prompt or completion)',
    labelNames: ['provider', 'direction'] as const,
    registers,
  });

  return {
    registry,
    connectionOpened() {
      connectionsOpen.inc();
      connectionsTotal.inc();
    },
    connectionClosed() {
      connectionsOpen.dec();
    },
    messageCounted(kind) {
      clientMessages.inc({ type: bounded(kind, MESSAGE_KINDS) });
    },
    chunkSent() {
      chunksSent.inc();
    },
    errorSent(code) {
      errors.inc({ code: bounded(code, ERROR_CODES) });
    },
    turnFinished(status, durationMs, usage, modelId) {
      turns.inc({ status });
      turnDuration.observe({ status }, Math.max(0, durationMs) / 1000);
      const provider = providerOf(modelId);
      const { inputTokens, outputTokens } = usage ?? {};
      if (inputTokens !== undefined && Number.isFinite(inputTokens) && inputTokens > 0)
        tokens.inc({ provider, direction: 'prompt' }, inputTokens);
      if (outputTokens !== undefined && Number.isFinite(outputTokens) && outputTokens > 0)
        tokens.inc({ provider, direction: 'completion' }, outputTokens);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
