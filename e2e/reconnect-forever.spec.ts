// The page is never offline for good: after its attempts run out it keeps trying, and at once when the browser is back.
import type { Page } from '@playwright/test';
import type { StudioPage } from './pages/studio-page.ts';
import { expect, test } from './support/fixtures.ts';
import { keepScreenshotsAcrossThemes } from './support/screenshots.ts';

/**
 * Runs the page's clock through the reconnect backoff until the page gives up on its attempts. Small
 * steps, since the slow retry starts a new round within a minute of giving up.
 */
async function runOutOfAttempts(page: Page, studio: StudioPage): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.clock.runFor(5_000);
        return studio.connectionStatus.getAttribute('data-status');
      },
      { timeout: 60_000, intervals: [50] },
    )
    .toBe('offline');
}

test('after the attempts run out the page reconnects when the browser is online again, on focus, and slowly on its own', async ({
  studio,
  server,
  page,
}, testInfo) => {
  await page.clock.install();
  await studio.open();

  await server.stop();
  await runOutOfAttempts(page, studio);
  await expect(page.getByTestId('retry-connection')).toBeVisible();
  await keepScreenshotsAcrossThemes(page, testInfo, 'offline-after-attempts');
  await page.setViewportSize({ width: 390, height: 844 });
  const header = page.locator('header');
  expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await server.start();
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await studio.waitConnected();

  await server.stop();
  await runOutOfAttempts(page, studio);
  await server.start();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await studio.waitConnected();

  await server.stop();
  await runOutOfAttempts(page, studio);
  await server.start();
  // Nothing from the browser this time: the slow retry finds the server within a minute.
  await page.clock.runFor(60_000);
  await studio.waitConnected();
});
