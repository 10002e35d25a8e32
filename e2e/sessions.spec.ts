// A writer manages sessions in the sidebar: finds one by title, renames it, deletes it after a
// confirmation, and keeps the work it made.
import { expect, test } from './support/fixtures.ts';

test('a session is found by title, renamed for good, and deleted without losing its plot', async ({
  studio,
  page,
}) => {
  await studio.open();
  await studio.send('Create a plot about a lighthouse keeper who hears the drowned sing');
  const completion = await studio.waitForCompletion();
  const plotLink = completion.getByTestId('completion-link').filter({ hasText: 'Plot:' });
  await plotLink.click();
  const plotId = await studio.library.view.getAttribute('data-id');
  const sessionId = studio.sessionId();

  const row = page.locator(`[data-testid="session-row"][data-session-id="${sessionId}"]`);
  // Titled from the first request.
  await expect(row.getByTestId('session-item')).toContainText('Create a plot about a lighthouse keeper');

  await row.hover();
  await row.getByTestId('rename-session').click();
  const input = row.getByTestId('session-title-input');
  await input.fill('The Drowned Choir');
  await input.press('Enter');
  await expect(row.getByTestId('session-item')).toContainText('The Drowned Choir');

  await page.reload();
  await expect(row.getByTestId('session-item')).toContainText('The Drowned Choir');
  await page.getByTestId('session-search').fill('drowned');
  await expect(row).toBeVisible();
  await page.getByTestId('session-search').fill('no session is called this');
  await expect(row).toHaveCount(0);
  await page.getByTestId('session-search').fill('');

  await row.hover();
  await row.getByTestId('delete-session').click();
  await expect(row.getByRole('alertdialog')).toContainText('stay in your library');
  await row.getByTestId('confirm-delete-session').click();
  await expect(row).toHaveCount(0);
  expect((await page.request.get(`/api/sessions/${sessionId}`)).status()).toBe(404);
  // The plot it made is still the writer's.
  expect((await page.request.get(`/api/plots/${plotId}`)).status()).toBe(200);
});
