// Lets a page reload while its server is down: the app's files are served from a copy taken while it was up, as a browser with the app cached would.
import type { Page } from '@playwright/test';

interface Cached {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface AppShellCache {
  /** From now on the page's own files come from the copy and /api answers nothing, as with the server down. */
  serve(): Promise<void>;
  /** Back to the network. */
  stop(): Promise<void>;
}

/** Copies the app's HTML and the scripts and styles it names; call while the server is up. */
export async function cacheAppShell(page: Page, baseUrl: string): Promise<AppShellCache> {
  const files = new Map<string, Cached>();
  const copy = async (path: string) => {
    const response = await page.request.get(new URL(path, baseUrl).href);
    if (!response.ok()) throw new Error(`Could not copy ${path}: ${response.status()}`);
    const cached = { status: response.status(), headers: response.headers(), body: await response.body() };
    files.set(new URL(path, baseUrl).pathname, cached);
    return cached;
  };
  const html = (await copy('/')).body.toString('utf8');
  for (const match of html.matchAll(/(?:src|href)="(\/[^"]+)"/g)) if (match[1]) await copy(match[1]);

  // The WebSocket's handshake is left alone: it fails by itself while the server is down, as in real life.
  const matches = (url: URL) => url.pathname.startsWith('/api/') || files.has(url.pathname);
  const handler = async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    const cached = files.get(new URL(route.request().url()).pathname);
    if (cached) await route.fulfill(cached);
    else await route.abort('connectionrefused');
  };
  return {
    serve: async () => {
      await page.route(matches, handler);
    },
    stop: () => page.unroute(matches, handler),
  };
}
