// "@" in the composer offers the writer's library by name, by keyboard, and writes the chosen name.
import { expect, test } from './support/fixtures.ts';

test('a library item is mentioned from the composer with the keyboard', async ({ studio, page }) => {
  await studio.open();
  await studio.send('Write a plot about a ferry pilot on a salt lake, and create 2 characters');
  await studio.waitForCompletion();
  const characters = await (await page.request.get('/api/characters')).json();
  const name: string = characters.items[0].name;

  await studio.composer.fill(`A new plot where @${name.slice(0, 3)}`);
  const options = page.getByTestId('mention-options');
  await expect(options.getByRole('option', { name: new RegExp(name) })).toBeVisible();
  await expect(studio.composer).toHaveAttribute('aria-activedescendant', 'mention-option-0');
  // Arrow keys move through the options; Enter takes the active one instead of sending.
  const labels = await options.getByRole('option').allTextContents();
  const index = labels.findIndex((label) => label.startsWith(name));
  for (let i = 0; i < index; i += 1) await studio.composer.press('ArrowDown');
  await studio.composer.press('Enter');
  await expect(studio.composer).toHaveValue(`A new plot where @${name} `);
  await expect(options).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('mention.png') });

  await studio.composer.press('Escape');
  await studio.composer.pressSequentially('@');
  await expect(options).toBeVisible();
  await studio.composer.press('Escape');
  await expect(options).toBeHidden();
});
