// No log line and no frame to the writer carries a provider key, even when the provider echoes it back.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeProviderServer, startFakeAnthropic, startFakeOpenAI } from './llm/test-support/index.ts';
import { createLogger } from './logger.ts';
import { createRedactor, secretsIn } from './secret-redaction.ts';
import { startTestServer, type TestServer } from './test-support/test-server.ts';

function captureLines() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

let fake: FakeProviderServer | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  await fake?.close();
  server = fake = undefined;
});

const PROVIDERS = [
  {
    name: 'openai',
    start: startFakeOpenAI,
    env: (baseURL: string, key: string) => ({ OPENAI_API_KEY: key, OPENAI_BASE_URL: baseURL }),
    model: 'openai:gpt-4.1',
    key: () => `sk-proj-${randomBytes(18).toString('hex')}`,
  },
  {
    name: 'anthropic',
    start: startFakeAnthropic,
    env: (baseURL: string, key: string) => ({ ANTHROPIC_API_KEY: key, ANTHROPIC_BASE_URL: baseURL }),
    model: 'anthropic:claude-sonnet-4-5',
    key: () => `sk-ant-api03-${randomBytes(18).toString('hex')}`,
  },
] as const;

describe('a provider that echoes its key', () => {
  for (const provider of PROVIDERS) {
    it(`keeps the ${provider.name} key out of every log line and every frame`, async () => {
      fake = await provider.start();
      const key = provider.key();
      const modelEnv = provider.env(fake.baseURL, key);
      const { lines, stream } = captureLines();
      server = await startTestServer({
        env: { BOOKSWRITER_MODEL: provider.model, LOG_LEVEL: 'debug' },
        modelEnv,
        logger: createLogger('debug', stream, secretsIn(modelEnv)),
      });
      fake.script({ kind: 'error', status: 401, echoCredentials: true });

      const client = await server.connect(`echo-${provider.name}`);
      client.say('Create a plot about a lighthouse keeper');
      await client.waitFor('error', undefined, 15_000);
      await client.close();

      // The provider did echo the key: the test would pass vacuously otherwise.
      expect(JSON.stringify(fake.requests[0]?.headers)).toContain(key);
      expect(lines.some((line) => line.includes('[redacted]'))).toBe(true);
      for (const line of lines) expect(line).not.toContain(key);
      for (const frame of client.received) expect(JSON.stringify(frame)).not.toContain(key);
    });
  }
});

describe('the process', () => {
  it('keeps a key out of what it prints when it refuses to start', () => {
    // A key pasted into the base-URL variable: the start-up error quotes the value it refused.
    const key = `sk-proj-${randomBytes(18).toString('hex')}`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, PORT: '0', DATABASE_URL: ':memory:', OPENAI_API_KEY: key, OPENAI_BASE_URL: key },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain('OPENAI_BASE_URL');
    expect(`${child.stdout}${child.stderr}`).not.toContain(key);
  });
});

describe('the redactor', () => {
  const redact = createRedactor(['configured-secret-value']);

  it.each([
    ['a configured value anywhere', 'failed with configured-secret-value in it', 'configured-secret-value'],
    ['a bearer token', 'authorization: Bearer abcdefghijklmnop1234', 'abcdefghijklmnop1234'],
    [
      'an API-key header in a JSON log line',
      '{"msg":"x-api-key: \\"k-1234567890abcdef\\""}',
      'k-1234567890abcdef',
    ],
    ['a key in a query string', 'GET /v1beta/models?key=AIzaSyDUMMYDUMMYDUMMYDUMMYDUMMY1234', 'AIzaSy'],
    ['an OpenAI-shaped key on its own', 'Incorrect API key provided: sk-abcdefghijklmnopqrstu.', 'sk-abc'],
  ])('removes %s', (_what, text, secret) => {
    const redacted = redact(text);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain('[redacted]');
  });

  it('leaves ordinary words and short values alone', () => {
    expect(redact('The key to the castle is under the bearer of news.')).toBe(
      'The key to the castle is under the bearer of news.',
    );
    expect(
      secretsIn({ OPENAI_API_KEY: 'short', PORT: '8000', GOOGLE_GENERATIVE_AI_API_KEY: 'AIza-long-enough' }),
    ).toEqual(['AIza-long-enough']);
  });
});
