// createApp(deps): the REST API under /api, the WebSocket at /ws/:session_id and the built web app, on one Hono app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createLibraryRoutes } from './api/library.ts';
import { createSessionRoutes } from './api/sessions.ts';
import type { ModelRegistry } from './llm/registry.ts';
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
  ws: Omit<WebSocketRouteDeps, 'hub'>;
  /** The built web app (dist/web); when missing, only the API and the WebSocket are served. */
  webRoot?: string;
  startedAt?: Date;
  /** Served as Prometheus text at /api/metrics when given. */
  metrics?: Metrics;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const startedAt = deps.startedAt ?? new Date();
  app.use('*', issueOwnerCookie());

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

  const webRoot = deps.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use('/*', serveStatic({ root: webRoot }));
    app.get('*', async (c, next) => {
      if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/ws/')) return next();
      return serveStatic({ root: webRoot, path: 'index.html' })(c, next);
    });
  }
  app.notFound((c) =>
    c.json(
      { error: { code: 'NOT_FOUND', message: `No route for ${c.req.method} ${c.req.path}`, details: {} } },
      404,
    ),
  );
  return app;
}
