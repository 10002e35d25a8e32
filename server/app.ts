// createApp(deps): the REST API under /api, the WebSocket at /ws/:session_id and the built web app, on one Hono app.
import { Hono } from 'hono';
import { withErrorPath } from './api/errors.ts';
import { createLibraryRoutes } from './api/library.ts';
import { createProjectRoutes } from './api/projects.ts';
import { createSessionRoutes } from './api/sessions.ts';
import { bodyLimit } from './http/body-limit.ts';
import { hostAllowlist } from './http/host-allowlist.ts';
import { refuseForeignOrigin } from './http/origin.ts';
import { securityHeaders } from './http/security-headers.ts';
import { mountWebApp } from './http/web-app.ts';
import type { ModelRegistry } from './llm/registry.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics/metrics.ts';
import { issueOwnerCookie, ownerOf } from './ownership.ts';
import type { SessionHub } from './sessions/hub.ts';
import type { Repository } from './storage/repository.ts';
import { mountWebSocketRoute, type WebSocketRouteDeps } from './ws/route.ts';

export interface AppDeps {
  repo: Repository;
  hub: SessionHub;
  models: ModelRegistry;
  agents: () => unknown[];
  /** Where a request that fails with a 500 is logged, with the request id its answer carries. */
  logger: Logger;
  ws: Omit<WebSocketRouteDeps, 'hub'>;
  /** The built web app (dist/web); when missing, only the API and the WebSocket are served. */
  webRoot?: string;
  startedAt?: Date;
  /** Served as Prometheus text at /api/metrics when given. */
  metrics?: Metrics;
  http?: HttpGuards;
}

/** Request checks applied before any route; defaults suit a server on localhost. */
export interface HttpGuards {
  /** Host header names answered (any port unless given); '*' for any. */
  allowedHosts?: string[];
  /** Foreign origins that may change data, besides the page's own. */
  allowedOrigins?: string[];
  /** Believe X-Forwarded-Proto when deciding whether the request came over HTTPS. */
  trustProxy?: boolean;
  maxBodyBytes?: number;
}

export function createApp(deps: AppDeps): Hono {
  const app = withErrorPath(new Hono(), deps.logger);
  const startedAt = deps.startedAt ?? new Date();
  const guards = deps.http ?? {};
  app.use('*', securityHeaders());
  app.use('*', hostAllowlist(guards.allowedHosts ?? ['localhost', '127.0.0.1', '[::1]']));
  app.use('/api/*', refuseForeignOrigin(guards.allowedOrigins ?? []));
  app.use('/api/*', bodyLimit(guards.maxBodyBytes ?? 1024 * 1024));
  app.use('*', issueOwnerCookie({ trustProxy: guards.trustProxy ?? false }));

  app.get('/api/health', async (c) => {
    const stats = deps.hub.stats();
    return c.json({
      status: 'ok',
      uptime_s: Math.round((Date.now() - startedAt.getTime()) / 1000),
      default_model: deps.models.defaultModelId,
      sessions_live: stats.sessions,
      connections: stats.connections,
      timestamp: new Date().toISOString(),
    });
  });
  app.get('/api/models', (c) => c.json({ models: deps.models.list(), default: deps.models.defaultModelId }));
  app.get('/api/agents', (c) => c.json({ agents: deps.agents() }));
  const metrics = deps.metrics;
  if (metrics) {
    app.get('/api/metrics', async (c) => {
      const { contentType, body } = await metrics.render();
      return c.body(body, 200, { 'Content-Type': contentType });
    });
  }
  // Before the library's generic routes: a project is read, deleted and exported as a whole book.
  app.route('/api', createProjectRoutes({ repo: deps.repo, resolveOwner: ownerOf }));
  app.route('/api', createLibraryRoutes({ repo: deps.repo, resolveOwner: ownerOf }));
  app.route(
    '/api',
    createSessionRoutes({
      repo: deps.repo,
      resolveOwner: ownerOf,
      deleteSession: (id) => deps.hub.deleteSession(id),
    }),
  );

  mountWebSocketRoute(app, { ...deps.ws, hub: deps.hub });

  mountWebApp(app, deps.webRoot);
  return app;
}
