// The studio under its Content-Security-Policy: the page loads, streams a reply and opens the library with no violation.
import { expect, test } from './support/fixtures.ts';

test('the studio runs under its security headers without a CSP violation', async ({ studio, page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|evaluate|apply|connect)/i.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    localStorage.setItem('bookswriter.theme', 'dark');
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();

  await studio.waitConnected();
  // The theme is applied by /theme.js now that inline scripts are refused.
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await studio.send('Create a fantasy novel with dragons and magic');
  await studio.waitForCompletion();
  expect(violations).toEqual([]);
});
