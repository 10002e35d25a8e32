// Logs carry sessions and timings but never the writer's words or the model's output, even inside errors.
import { Writable } from 'node:stream';
import { APICallError, TypeValidationError } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { createModelRegistry } from './llm/index.ts';
import { createLogger, describeErrorForLog } from './logger.ts';
import { type RunningServer, startServer } from './server.ts';
import { createScriptedRunner } from './test-support/scripted-runner.ts';
import { TestClient } from './test-support/ws-client.ts';

const SECRET = 'the dragon Velmora hides in the salt mines';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('error serialization', () => {
  it('keeps type, message, code and frames of a provider error and drops its request and response bodies', () => {
    const error = new APICallError({
      message: 'Bad Request',
      url: 'https://api.example/v1/chat',
      requestBodyValues: { messages: [{ role: 'user', content: SECRET }] },
      statusCode: 400,
      responseBody: `{"echo":"${SECRET}"}`,
    });
    const { lines, logger } = capture();
    logger.warn({ err: error }, 'turn failed');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('Velmora');
    expect(lines[0]?.err).toMatchObject({ type: 'AI_APICallError', message: 'Bad Request', statusCode: 400 });
    const logged = lines[0]?.err as { stack?: string } | undefined;
    expect(logged?.stack).toMatch(/\n\s+at /);
  });

  it('cuts the rejected value out of a validation error message, its stack and its causes', () => {
    const inner = new TypeValidationError({ value: { title: SECRET }, cause: new Error('title too long') });
    const outer = new Error('tool input rejected', { cause: inner });
    const described = describeErrorForLog(outer);
    expect(JSON.stringify(described)).not.toContain('Velmora');
    expect(described.cause).toMatchObject({ type: 'AI_TypeValidationError' });
    expect(String((described.cause as { message: string }).message)).toContain('[content omitted]');
  });

  it('describes thrown values that are not errors without growing without bound', () => {
    expect(describeErrorForLog('x'.repeat(1000))).toEqual({ type: 'string', message: 'x'.repeat(200) });
  });
});

describe('server logs at info level', () => {
  it('name the session, turn, model, agents and duration of a turn, and none of its words', async () => {
    const { lines, logger } = capture();
    const config = loadConfig({ PORT: '0', DATABASE_URL: ':memory:', LOG_LEVEL: 'info' });
    server = await startServer(config, {
      logger,
      models: createModelRegistry({ env: {}, offlineDelayMs: 0 }),
      runTurn: createScriptedRunner({ chunks: () => [`${SECRET} `, 'and waits.'] }),
    });
    const client = await TestClient.connect(`ws://127.0.0.1:${server.port}/ws/logged-session`);
    await client.waitFor('connected');
    client.say(`Write about ${SECRET}`);
    await client.waitFor('completion');
    await client.close();

    const finished = lines.find((line) => line.msg === 'turn finished');
    expect(finished).toMatchObject({
      level: 30,
      session_id: 'logged-session',
      model: expect.any(String),
      status: 'completed',
      agents: ['OrchestratorAgent', 'PlotGeneratorAgent'],
    });
    expect(finished?.turn_id).toEqual(expect.any(String));
    expect(finished?.duration_ms).toEqual(expect.any(Number));
    expect(lines.some((line) => line.msg === 'turn started')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('Velmora');
  });
});
