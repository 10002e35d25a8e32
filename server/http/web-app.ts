// Serves the built web app: its files, and its page only at the paths the app itself routes (/ and /s/{id}).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** Mounts the app from `webRoot` (dist/web); does nothing when it has not been built. */
export function mountWebApp(app: Hono, webRoot: string | undefined): void {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) return;
  // Files (and / → index.html); anything else falls through to the JSON 404, so a probe of /health fails.
  app.use('/*', serveStatic({ root: webRoot }));
  const page = serveStatic({ root: webRoot, path: 'index.html' });
  app.get('/s/:session_id', page);
  app.get('/s/:session_id/', page);
}
