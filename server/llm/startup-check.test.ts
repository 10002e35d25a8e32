// The start-up check through the real server: a default model the provider does not list is a clear warning.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { startServer } from '../server.ts';
import { createModelRegistry } from './index.ts';
import { startFakeOpenAI } from './test-support/index.ts';

describe('starting with a provider key', () => {
  it('warns, naming the model and what to set, when the provider does not list the default', async () => {
    const fake = await startFakeOpenAI();
    fake.serveModels(['gpt-4.1-mini', 'gpt-4o-mini']);
    const lines: Array<{ level: number; model?: string; msg: string }> = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL };
    const server = await startServer(loadConfig({ PORT: '0', DATABASE_URL: ':memory:' }), {
      logger: pino({ level: 'warn' }, sink),
      models: createModelRegistry({ env, offlineDelayMs: 0 }),
    });
    try {
      await expect.poll(() => lines.filter((line) => line.level === 40).length).toBeGreaterThan(0);
      const warning = lines.find((line) => line.level === 40);
      expect(warning?.model).toBe('openai:gpt-4.1');
      expect(warning?.msg).toContain('does not list the model openai:gpt-4.1');
      expect(warning?.msg).toContain('BOOKSWRITER_MODEL');
      // The routing model is listed, so it draws no warning.
      expect(lines.some((line) => line.model === 'openai:gpt-4.1-mini')).toBe(false);
    } finally {
      await server.close();
      await fake.close();
    }
  });
});
