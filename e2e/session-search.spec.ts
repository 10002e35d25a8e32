// Finding a session by what was said in it, not only by its title.
import { expect, test } from './support/fixtures.ts';

test('a session is found by words from its conversation', async ({ studio, page }) => {
  await studio.open();
  await studio.send('Write a plot about a cartographer of flooded cathedrals');
  await studio.waitForCompletion();
  const first = studio.sessionId();
  await studio.newSessionButton.click();
  await studio.waitConnected();
  await studio.send('Write a plot about a beekeeper and a silent hive');
  await expect(studio.completions).toHaveCount(1, { timeout: 45_000 });
  await page.getByTestId('session-search').fill('CATHEDRALS');
  await expect(studio.sessionItems).toHaveCount(1);
  await studio.sessionItems.first().click();
  await expect.poll(() => studio.sessionId()).toBe(first);
  await page.getByTestId('session-search').fill('no such words anywhere');
  await expect(studio.sessionItems).toHaveCount(0);
});
