// The library shows what a plot holds, edits at the top with Save always in view, and moves focus where the writer works.
import { expect, test } from './support/fixtures.ts';
import { keepScreenshot, keepScreenshotsAcrossThemes } from './support/screenshots.ts';

test('a plot shows its world and cast; the editor opens at the top, keeps Save in view and confirms', async ({
  studio,
  page,
}, testInfo) => {
  await studio.createStory();
  const library = studio.library;
  await library.openButton.click();
  await library.items.first().click();
  await expect(library.view).toHaveAttribute('data-kind', 'plots');
  const heldHere = page.getByTestId('built-from-link');
  await expect(heldHere.filter({ hasText: /^World: / })).toHaveCount(1);
  await expect(heldHere.filter({ hasText: /^Character: / }).first()).toBeVisible();
  await keepScreenshotsAcrossThemes(page, testInfo, 'plot-built-from', page.getByTestId('built-from'));

  // Scrolled to the end of a long plot, then Edit: the form starts at its first field.
  await library.editButton.scrollIntoViewIfNeeded();
  await library.editButton.click();
  await expect(library.field('title')).toBeFocused();
  await expect(library.field('title')).toBeInViewport();
  await expect(library.saveButton).toBeInViewport();
  await library.field('title').fill('The Ember Crown');
  await library.field('logline').focus();
  await expect(library.saveButton).toBeInViewport();
  await library.saveButton.click();
  await expect(page.getByTestId('saved-notice')).toHaveText('✓ Saved');
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(library.title).toHaveText('The Ember Crown');
  await keepScreenshot(page, testInfo, 'editor-saved');

  await heldHere
    .filter({ hasText: /^Character: / })
    .first()
    .click();
  await expect(library.view).toHaveAttribute('data-kind', 'characters');
});

test('opening the library moves focus into it, and closing it gives focus back', async ({ studio, page }) => {
  await studio.open();
  await studio.library.openButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(studio.library.panel).toHaveCount(0);
  await expect(studio.library.openButton).toBeFocused();
});

test('an example request puts the writer in the composer', async ({ studio, page }) => {
  await studio.open();
  await page.getByRole('button', { name: 'Create a fantasy novel with dragons and magic' }).click();
  await expect(studio.composer).toBeFocused();
  await expect(studio.composer).toHaveValue('Create a fantasy novel with dragons and magic');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the library and the sessions cover the page and keep focus in them until closed', async ({
    studio,
    page,
  }, testInfo) => {
    await studio.open();
    await studio.library.openButton.click();
    await expect(page.getByTestId('library-heading')).toBeFocused();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await studio.library.panel.evaluate((panel) => panel.contains(document.activeElement))).toBe(
        true,
      );
    }
    await page.keyboard.press('Shift+Tab');
    expect(await studio.library.panel.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
    await page.getByTestId('close-library').click();
    await expect(studio.library.openButton).toBeFocused();

    const menu = page.getByRole('button', { name: 'Show sessions' });
    await menu.click();
    const sessions = page.getByRole('navigation', { name: 'Sessions' });
    await expect(sessions).toBeFocused();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await sessions.evaluate((nav) => nav.contains(document.activeElement))).toBe(true);
    }
    await keepScreenshot(page, testInfo, 'phone-sessions-overlay');
    await page.mouse.click(370, 420);
    await expect(menu).toBeFocused();
  });
});
