// The library: what a turn made opens from its completion, shows what it was built on, and can be edited and deleted.
import { expect, test } from './support/fixtures.ts';

test('a character shows its world and plot, and items can be edited and deleted', async ({
  studio,
  page,
}) => {
  const completion = await studio.createStory();
  await expect(completion).toHaveAttribute('data-status', 'completed');

  const links = completion.getByTestId('completion-link');
  await expect(links.filter({ hasText: 'Plot:' })).toHaveCount(1);
  await expect(links.filter({ hasText: 'World:' })).toHaveCount(1);
  const plotTitle = ((await links.filter({ hasText: 'Plot:' }).textContent()) ?? '').replace(
    /^Plot: | ↗$/g,
    '',
  );
  const worldName = ((await links.filter({ hasText: 'World:' }).textContent()) ?? '').replace(
    /^World: | ↗$/g,
    '',
  );

  await links.filter({ hasText: 'Character:' }).first().click();
  const library = studio.library;
  await expect(library.view).toBeVisible();
  await expect(library.builtOn.filter({ hasText: `Plot: ${plotTitle}` })).toBeVisible();
  await library.builtOn.filter({ hasText: `World: ${worldName}` }).click();
  await expect(library.title).toHaveText(worldName);
  await expect(library.builtOn.filter({ hasText: `Plot: ${plotTitle}` })).toBeVisible();

  // Edit the world's name: the form sends a PATCH and the view shows the saved value.
  await library.editButton.click();
  await library.field('name').fill(`${worldName} Reborn`);
  await library.saveButton.click();
  await expect(library.title).toHaveText(`${worldName} Reborn`);
  const worldId = await library.view.getAttribute('data-id');
  const saved = await page.request.get(`/api/worlds/${worldId}`);
  expect((await saved.json()).name).toBe(`${worldName} Reborn`);

  // Delete asks first, then the item is gone from the list and the server.
  await library.deleteButton.click();
  await library.confirmDelete.click();
  await expect(library.view).toHaveCount(0);
  await expect(library.items.and(page.locator(`[data-id="${worldId}"]`))).toHaveCount(0);
  expect((await page.request.get(`/api/worlds/${worldId}`)).status()).toBe(404);
});
