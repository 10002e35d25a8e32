// The library groups a writer's work by book: choosing a book shows only what belongs to it.
import { expect, test } from './support/fixtures.ts';

test('the library narrows to one book', async ({ studio, page }) => {
  await studio.open();
  await studio.send('Write a plot about a glass orchard that sings at night');
  await studio.waitForCompletion();
  await studio.newSessionButton.click();
  await studio.waitConnected();
  await studio.send('Write a plot about a lighthouse that keeps a ledger of ships');
  await expect(studio.completions).toHaveCount(1, { timeout: 45_000 });

  const projects = (await (await page.request.get('/api/projects')).json()).items as {
    id: string;
    title: string;
  }[];
  expect(projects).toHaveLength(2);
  await page.getByTestId('open-library').click();
  const items = page.getByTestId('library-panel').getByTestId('library-item');
  await expect(items).toHaveCount(2);
  const first = projects[1];
  if (!first) throw new Error('no project');
  await page.getByTestId('library-book').selectOption(first.id);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(first.title);
  await page.getByTestId('library-book').selectOption('');
  await expect(items).toHaveCount(2);
});
