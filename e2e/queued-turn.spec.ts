// A message sent while a reply streams says it is queued, and the running turn's cards stay above it.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { keepScreenshotsAcrossThemes } from './support/screenshots.ts';

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box.y;
}

test('a queued message waits at the end, marked, until its turn starts', async ({
  studio,
  page,
}, testInfo) => {
  await studio.open();
  await studio.send('Create a fantasy novel with dragons and magic, then build its world and its characters');
  await expect(studio.messageBy('PlotGeneratorAgent')).toHaveAttribute('data-status', 'streaming');
  await studio.send('Now give the story an author');
  const queued = studio.userMessages.nth(1);
  await expect(queued.getByTestId('waiting-state')).toHaveText(
    'Queued — starts when the reply in progress finishes',
  );
  await keepScreenshotsAcrossThemes(page, testInfo, 'queued-message', queued);

  // The first turn's cards land above the queued message while it waits.
  const first = studio.completions.first();
  await expect(first).toBeVisible({ timeout: 45_000 });
  await expect(queued).toBeVisible();
  expect(await top(studio.toolCard('save_characters'))).toBeLessThan(await top(queued));
  expect(await top(first)).toBeLessThan(await top(queued));

  // Once it runs, it is an ordinary message and its own reply follows it.
  await expect(queued.getByTestId('waiting-state')).toHaveCount(0);
  await expect(studio.completions).toHaveCount(2, { timeout: 45_000 });
  expect(await top(queued)).toBeLessThan(await top(studio.completions.nth(1)));
});
