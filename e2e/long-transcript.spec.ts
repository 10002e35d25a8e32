// A long session: only part of it is in the page, it opens at its end, jumps back there, keeps its place, and speaks.
import { seedTranscripts } from '../bench/seed-transcript.ts';
import { expect, test } from './support/fixtures.ts';

const TURNS = 200;
/** Two messages a turn, and two hand-offs, a tool card and a completion for each turn with activity. */
const ITEMS = TURNS * 2 + 10 * 4;

test('a 400-message session renders a window of it and keeps the writer at the end, or where they were', async ({
  page,
  server,
  studio,
}) => {
  const sessionId = 'e2e-long-transcript';
  await seedTranscripts(server.databaseFile, [sessionId], {
    turns: TURNS,
    agentChars: { min: 400, max: 1_200 },
    userChars: { min: 40, max: 200 },
    turnsWithActivity: 10,
  });
  await page.goto(`/?session=${sessionId}`);
  const last = page.locator(`[data-index="${ITEMS - 1}"]`);
  await expect(last).toBeInViewport();
  await expect(page.getByTestId('jump-to-latest')).toBeHidden();
  expect(await studio.userMessages.count()).toBeLessThan(TURNS / 2);

  // Scrolling up offers the way back; it leads to the latest item.
  const transcript = page.getByTestId('transcript');
  await transcript.hover();
  const atTop = () =>
    page.evaluate(() => {
      const rect = document.querySelector('[data-index="0"]')?.getBoundingClientRect();
      return rect !== undefined && rect.top >= 0 && rect.top < window.innerHeight;
    });
  for (let i = 0; i < 60 && !(await atTop()); i++) {
    await page.mouse.wheel(0, -4_000);
    await page.waitForTimeout(50);
  }
  await expect(page.locator('[data-index="0"]')).toBeInViewport();
  await expect(page.getByTestId('jump-to-latest')).toBeVisible();

  // A reload comes back to the same place, not to the end.
  await page.reload();
  await expect(page.locator('[data-index="0"]')).toBeInViewport();
  await page.getByTestId('jump-to-latest').click();
  await expect(last).toBeInViewport();
  await expect(page.getByTestId('jump-to-latest')).toBeHidden();

  // A new reply is followed to its end and announced once finished, outside the list that scrolls.
  await studio.composer.fill('Create a fantasy plot about a lighthouse');
  await studio.composer.press('Enter');
  await expect(page.locator(`[data-index="${ITEMS}"]`)).toBeInViewport();
  await expect(page.getByTestId('transcript-announcer')).toContainText(/Plot writer|Planner/, {
    timeout: 45_000,
  });
  await expect(studio.completions.last()).toBeInViewport({ timeout: 45_000 });
});
