// Messages over the 10,000-character limit are refused before sending, with the text kept for editing.
import { expect, test } from './support/fixtures.ts';

test('an over-long message is refused with a visible error and stays in the composer', async ({ studio }) => {
  await studio.open();
  const tooLong = 'x'.repeat(10_001);
  await studio.composer.fill(tooLong);
  await expect(studio.charCounter).toHaveText('10,001 / 10,000');
  await studio.composer.press('Enter');

  await expect(studio.composerError).toBeVisible();
  await expect(studio.composerError).toContainText('10,001 characters; the limit is 10,000');
  await expect(studio.userMessages).toHaveCount(0);
  await expect(studio.composer).toHaveValue(tooLong);

  // Trimming to the limit clears the error and the message goes through.
  await studio.composer.fill('x'.repeat(10_000));
  await expect(studio.composerError).toHaveCount(0);
  await studio.composer.press('Enter');
  await expect(studio.userMessages).toHaveCount(1);
  await expect(studio.userMessages.first()).toHaveAttribute('data-delivery', 'sent');
});

test('Shift+Enter adds a line and Enter sends', async ({ studio }) => {
  await studio.open();
  await studio.composer.fill('First line');
  await studio.composer.press('Shift+Enter');
  await studio.composer.pressSequentially('second line');
  await expect(studio.composer).toHaveValue('First line\nsecond line');
  await expect(studio.userMessages).toHaveCount(0);
  await studio.composer.press('Enter');
  await expect(studio.userMessages.first()).toContainText('second line');
});
