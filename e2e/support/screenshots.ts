// Keeps a picture of a state with the test's results: a file in its output folder, attached to the report.
import type { Locator, Page, TestInfo } from '@playwright/test';

export async function keepScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  subject?: Locator,
): Promise<void> {
  await subject?.scrollIntoViewIfNeeded();
  const path = testInfo.outputPath(`${name}.png`);
  // Transitions (the sidebar sliding away on a narrow screen) are finished, not caught half-way.
  await page.screenshot({ path, fullPage: false, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The state on the desktop in light, then at phone width in dark, then back as it was. */
export async function keepScreenshotsAcrossThemes(
  page: Page,
  testInfo: TestInfo,
  name: string,
  subject?: Locator,
): Promise<void> {
  await keepScreenshot(page, testInfo, `${name}-desktop-light`, subject);
  const viewport = page.viewportSize();
  const toggle = page.getByTestId('theme-toggle');
  await toggle.click();
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, testInfo, `${name}-phone-dark`, subject);
  if (viewport) await page.setViewportSize(viewport);
  await toggle.click();
}
