// The studio fits and answers on every screen: the header on a phone, the model picker, the composer, Stop offline.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { keepScreenshot, keepScreenshotsAcrossThemes } from './support/screenshots.ts';

/** Whether the picker shows its whole chosen name: the text is no wider than the box leaves room for. */
async function pickerShowsWholeName(page: Page): Promise<boolean> {
  return page.getByTestId('model-picker').evaluate((element) => {
    const select = element as HTMLSelectElement;
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.selectedOptions[0]?.textContent ?? '';
    const room =
      select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    return context.measureText(text).width <= room;
  });
}

for (const width of [1440, 1024, 390]) {
  test(`the model picker has a name and is not cut off at ${width} px`, async ({
    studio,
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await studio.open();
    const picker = page.getByRole('combobox', { name: 'Model' });
    await expect(picker).toBeVisible();
    await expect(picker).toHaveText(/Offline model/);
    expect(await pickerShowsWholeName(page)).toBe(true);
    await keepScreenshot(page, testInfo, `header-${width}`);
  });
}

test('on a phone the header fits while reconnecting and the theme toggle stays on screen', async ({
  studio,
  server,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await studio.open();
  await server.stop();
  try {
    await expect(studio.connectionStatus).toHaveAttribute('data-status', 'reconnecting');
    await expect(page.getByTestId('connection-text')).toHaveText(/^Reconnecting, attempt \d+ of 10$/);
    const header = page.locator('header');
    expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const toggle = await page.getByTestId('theme-toggle').boundingBox();
    expect((toggle?.x ?? 999) + (toggle?.width ?? 0)).toBeLessThanOrEqual(390);
    await keepScreenshotsAcrossThemes(page, testInfo, 'phone-reconnecting');
  } finally {
    await server.start();
  }
  await studio.waitConnected();
});

test('the composer grows with its text', async ({ studio }) => {
  await studio.open();
  const before = (await studio.composer.boundingBox())?.height ?? 0;
  await studio.composer.fill('One\nTwo\nThree\nFour\nFive');
  await expect
    .poll(async () => (await studio.composer.boundingBox())?.height ?? 0)
    .toBeGreaterThan(before * 2);
  await studio.composer.fill('');
  await expect.poll(async () => (await studio.composer.boundingBox())?.height ?? 0).toBe(before);
});

test('Stop while offline says the reply was not stopped', async ({ studio, server, page }, testInfo) => {
  await studio.open();
  await studio.send('Create a fantasy novel with dragons and magic, then build its world and its characters');
  await expect(studio.messageBy('PlotGeneratorAgent')).toHaveAttribute('data-status', 'streaming');
  await server.kill();
  try {
    await expect(studio.connectionStatus).not.toHaveAttribute('data-status', 'connected');
    await studio.stopButton.click();
    await expect(page.getByTestId('stop-offline')).toHaveText(
      'Not connected, so the reply was not stopped. Press Stop again once the connection is back.',
    );
    await keepScreenshot(page, testInfo, 'stop-offline');
  } finally {
    await server.start();
  }
  await studio.waitConnected();
  await expect(page.getByTestId('stop-offline')).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('Enter breaks the line and the Send button sends', async ({ studio, page }, testInfo) => {
    await studio.open();
    await expect(page.getByTestId('composer-hint')).toHaveText('Enter for a new line · Send to send');
    await studio.composer.fill('A sea story');
    await studio.composer.press('Enter');
    await studio.composer.pressSequentially('with whales');
    await expect(studio.composer).toHaveValue('A sea story\nwith whales');
    await expect(studio.userMessages).toHaveCount(0);
    await keepScreenshot(page, testInfo, 'touch-composer');
    await studio.sendButton.tap();
    await expect(studio.userMessages).toHaveCount(1);
    await expect(studio.userMessages.first()).toContainText('with whales');
  });
});
