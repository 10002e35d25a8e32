// The Playwright test object of this project: one server per worker, and pages pointed at it.
import { test as base } from '@playwright/test';
import { StudioPage } from '../pages/studio-page.ts';
import { type BooksWriterServer, startBooksWriter } from './server.ts';

export const test = base.extend<{ studio: StudioPage }, { server: BooksWriterServer }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await startBooksWriter();
      await use(server);
      await server.dispose();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  studio: async ({ page }, use) => {
    await use(new StudioPage(page));
  },
});

export { expect } from '@playwright/test';
