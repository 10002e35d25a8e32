// Starts the real server on a free port for a test, with a scripted or real agent runner.
import type { TurnRunner } from '../agents/turn.ts';
import { type Config, loadConfig } from '../config.ts';
import { createModelRegistry } from '../llm/index.ts';
import { createSilentLogger, type Logger } from '../logger.ts';
import { type RunningServer, startServer } from '../server.ts';
import { TestClient } from './ws-client.ts';

export interface TestServer extends RunningServer {
  wsUrl(sessionId: string): string;
  connect(sessionId: string, headers?: Record<string, string>): Promise<TestClient>;
}

export async function startTestServer(
  options: {
    runTurn?: TurnRunner;
    env?: Record<string, string>;
    /** Provider settings for the model registry (API keys, base URLs); none means only the offline model. */
    modelEnv?: Record<string, string>;
    webRoot?: string;
    /** Where the server logs; silent when not given. */
    logger?: Logger;
  } = {},
): Promise<TestServer> {
  const env = { PORT: '0', DATABASE_URL: ':memory:', BOOKSWRITER_OFFLINE_DELAY_MS: '0', ...options.env };
  const config: Config = loadConfig(env);
  const server = await startServer(config, {
    logger: options.logger ?? createSilentLogger(),
    models: createModelRegistry({
      env: options.modelEnv ?? {},
      defaultModel: config.defaultModel,
      offlineDelayMs: config.offlineDelayMs,
    }),
    runTurn: options.runTurn,
    webRoot: options.webRoot,
  });
  const wsUrl = (sessionId: string) => `ws://127.0.0.1:${server.port}/ws/${sessionId}`;
  return {
    ...server,
    wsUrl,
    connect: (sessionId, headers) => TestClient.connect(wsUrl(sessionId), headers),
  };
}
