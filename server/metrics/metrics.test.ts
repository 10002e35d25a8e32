// createMetrics on its own: each recorder moves its series, labels stay bounded, registries stay apart.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { createMetrics } from './metrics.ts';

async function seriesValue(metrics: ReturnType<typeof createMetrics>, name: string, labels: object = {}) {
  const metric = metrics.registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const wanted = Object.entries(labels);
  const found = values.find((v) =>
    wanted.every(([key, value]) => (v.labels as Record<string, unknown>)[key] === value),
  );
  return found?.value ?? 0;
}

describe('createMetrics', () => {
  it('counts connections open and in total', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.connectionOpened();
    metrics.connectionOpened();
    metrics.connectionClosed();
    expect(await seriesValue(metrics, 'bookswriter_ws_connections_open')).toBe(1);
    expect(await seriesValue(metrics, 'bookswriter_ws_connections_total')).toBe(2);
  });

  it('labels client messages by type and error codes by code, folding anything unknown into "other"', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.messageCounted('message');
    metrics.messageCounted('heartbeat');
    metrics.messageCounted('made-up');
    metrics.errorSent(ErrorCode.INVALID_JSON);
    metrics.errorSent('NOT_A_CODE');
    expect(await seriesValue(metrics, 'bookswriter_ws_client_messages_total', { type: 'message' })).toBe(1);
    expect(await seriesValue(metrics, 'bookswriter_ws_client_messages_total', { type: 'heartbeat' })).toBe(1);
    expect(await seriesValue(metrics, 'bookswriter_ws_client_messages_total', { type: 'other' })).toBe(1);
    expect(await seriesValue(metrics, 'bookswriter_errors_total', { code: 'INVALID_JSON' })).toBe(1);
    expect(await seriesValue(metrics, 'bookswriter_errors_total', { code: 'other' })).toBe(1);
  });

  it('records turns by status, their latency in seconds and provider tokens by direction', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.turnFinished('completed', 1500, { inputTokens: 120, outputTokens: 30 }, 'openai:gpt-4o');
    metrics.turnFinished('failed', 200, undefined, 'openai:gpt-4o');
    metrics.turnFinished('completed', 100, { outputTokens: 5 }, 'offline:bookswriter-offline');
    expect(await seriesValue(metrics, 'bookswriter_turns_total', { status: 'completed' })).toBe(2);
    expect(await seriesValue(metrics, 'bookswriter_turns_total', { status: 'failed' })).toBe(1);
    expect(
      await seriesValue(metrics, 'bookswriter_provider_tokens_total', {
        provider: 'openai',
        direction: 'prompt',
      }),
    ).toBe(120);
    expect(
      await seriesValue(metrics, 'bookswriter_provider_tokens_total', {
        provider: 'openai',
        direction: 'completion',
      }),
    ).toBe(30);
    expect(
      await seriesValue(metrics, 'bookswriter_provider_tokens_total', {
        provider: 'offline',
        direction: 'completion',
      }),
    ).toBe(5);
    const text = (await metrics.render()).body;
    expect(text).toContain('bookswriter_turn_duration_seconds_sum{status="completed"} 1.6');
    expect(text).toContain('bookswriter_turn_duration_seconds_bucket{le="2.5",status="completed"} 2');
    expect(text).toContain('bookswriter_turn_duration_seconds_bucket{le="1",status="completed"} 1');
  });

  it('counts chunks sent', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    for (let i = 0; i < 7; i += 1) metrics.chunkSent();
    expect(await seriesValue(metrics, 'bookswriter_ws_chunks_sent_total')).toBe(7);
  });

  it('keeps two servers in one process apart, default process metrics included', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.chunkSent();
    expect(await seriesValue(first, 'bookswriter_ws_chunks_sent_total')).toBe(1);
    expect(await seriesValue(second, 'bookswriter_ws_chunks_sent_total')).toBe(0);
    const { body, contentType } = await second.render();
    expect(contentType).toMatch(/^text\/plain/);
    expect(body).toMatch(/^bookswriter_process_cpu_user_seconds_total \d/m);
    expect(body).toMatch(/^bookswriter_nodejs_heap_size_used_bytes \d/m);
  });
});
