// Wires the parts together and listens: storage, models, agents, sessions, HTTP and WebSocket on one port.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { CloseCode } from '../protocol/errors.ts';
import { AgentName } from './agents/contract.ts';
import { createTurnRunner, listAgents } from './agents/index.ts';
import type { TurnRunner } from './agents/turn.ts';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { answerRefusedUpgrades, refuseOtherUpgrades } from './http/upgrade-answers.ts';
import { createModelRegistry, describeProviderError } from './llm/index.ts';
import type { ModelRegistry, ProviderFailure } from './llm/registry.ts';
import { createLogger, type Logger } from './logger.ts';
import { createProjectPort } from './manuscript/project-port.ts';
import { createMetrics, type Metrics } from './metrics/metrics.ts';
import { ownerOf } from './ownership.ts';
import { secretsIn } from './secret-redaction.ts';
import { SessionHub } from './sessions/hub.ts';
import { describeDatabase, openRepository } from './storage/index.ts';
import type { Repository } from './storage/repository.ts';
import { ClientLimits } from './ws/client-limits.ts';
import { Keepalive } from './ws/keepalive.ts';

/** Parts a test may replace; everything else is built from the config. */
export interface ServerParts {
  repo?: Repository;
  models?: ModelRegistry;
  runTurn?: TurnRunner;
  describeError?: (error: unknown) => ProviderFailure;
  logger?: Logger;
  env?: Record<string, string | undefined>;
  webRoot?: string;
  metrics?: Metrics;
}

export interface RunningServer {
  port: number;
  url: string;
  hub: SessionHub;
  repo: Repository;
  metrics: Metrics;
  /** Stops accepting, marks replies in progress interrupted, writes everything out, closes the database. */
  close(): Promise<void>;
}

export async function startServer(config: Config, parts: ServerParts = {}): Promise<RunningServer> {
  const env = parts.env ?? process.env;
  const logger = parts.logger ?? createLogger(config.logLevel, undefined, secretsIn(env));
  const repo =
    parts.repo ??
    (await openRepository(config.databaseUrl, {
      onMigrated: (applied) => {
        if (applied.length > 0) logger.info({ migrations: applied }, 'migrated the database');
      },
    }));
  // Book drafts the last shutdown cut off go on once the server is up; see continueDraft below.
  const cutOffDrafts = await repo.sessions.sessionsStreaming(AgentName.drafting);
  const interrupted = await repo.sessions.markStreamingInterrupted();
  if (interrupted > 0)
    logger.warn({ messages: interrupted }, 'marked replies cut off by the last shutdown as interrupted');
  const models =
    parts.models ??
    createModelRegistry({
      env,
      defaultModel: config.defaultModel,
      offlineDelayMs: config.offlineDelayMs,
    });
  const metrics = parts.metrics ?? createMetrics();
  const hub = new SessionHub({
    repo,
    models,
    runTurn:
      parts.runTurn ??
      createTurnRunner({
        artifacts: repo.artifacts,
        scenes: repo.scenes,
        projects: createProjectPort(repo),
        routerFor: (id) => models.routerFor(id)?.model,
      }),
    describeError: parts.describeError ?? ((error) => describeProviderError(error)),
    logger,
    agentTimeoutMs: config.agentTimeoutMs,
    maxQueuedTurns: config.limits.maxQueuedTurns,
    onTurnFinished: metrics.turnFinished,
  });
  for (const sessionId of cutOffDrafts) {
    hub.continueDraft(sessionId).then(
      (continued) =>
        continued &&
        logger.info({ session_id: sessionId }, 'continued a book draft cut off by the last shutdown'),
      (error) =>
        logger.error({ err: error, session_id: sessionId }, 'could not continue a cut-off book draft'),
    );
  }
  const keepalive = new Keepalive(config.heartbeatIntervalMs, config.idleTimeoutMs);
  const limits = new ClientLimits(config.rateLimit, config.limits);

  const app = createApp({
    repo,
    hub,
    models,
    agents: listAgents,
    logger,
    webRoot: parts.webRoot,
    metrics,
    http: {
      allowedHosts: config.allowedHosts,
      allowedOrigins: config.allowedOrigins,
      trustProxy: config.trustProxy,
      maxBodyBytes: config.maxBodyBytes,
    },
    ws: {
      keepalive,
      limits,
      logger,
      maxBufferedBytes: config.maxBufferedBytes,
      allowedOrigins: config.allowedOrigins,
      trustProxy: config.trustProxy,
      ownerOf,
      mayAttach: (sessionId, owner) => hub.mayAttach(sessionId, owner),
      onConnectionOpened: metrics.connectionOpened,
      onConnectionClosed: metrics.connectionClosed,
      onMessageCounted: metrics.messageCounted,
      onErrorSent: metrics.errorSent,
      onChunkSent: metrics.chunkSent,
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxPayloadBytes });
  const server = createAdaptorServer({
    fetch: answerRefusedUpgrades(app.fetch, logger),
    websocket: { server: wss },
  });
  refuseOtherUpgrades(server as Server, logger);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info(
    { host: config.host, port, model: models.defaultModelId, database: describeDatabase(config.databaseUrl) },
    'listening',
  );

  // Logged, not fatal: the writer may pick another model in the studio.
  const router = models.routerFor(models.defaultModelId)?.id;
  for (const id of new Set([models.defaultModelId, router ?? models.defaultModelId])) {
    void models.check(id).then((warning) => warning && logger.warn({ model: id }, warning));
  }

  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${config.host}:${port}`,
    hub,
    repo,
    metrics,
    close: () => {
      closing ??= (async () => {
        limits.stop();
        keepalive.stop();
        await hub.shutdown();
        for (const client of wss.clients) client.close(CloseCode.GOING_AWAY, 'server shutting down');
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
          setTimeout(() => {
            for (const client of wss.clients) client.terminate();
          }, 500).unref();
        });
        await repo.close();
      })();
      return closing;
    },
  };
}
