// The seed's example end to end: a fantasy request is routed, streamed, saved, and opened in the library.
import { expect, test } from './support/fixtures.ts';

const PROMPT = 'Create a fantasy novel with dragons and magic';

test('a fantasy request streams through the plot generator into the library', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('empty-transcript')).toBeVisible();

  // Record every state a tool card passes through, however briefly it is shown.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { toolStates: string[] }).toolStates = seen;
    new MutationObserver(() => {
      for (const card of document.querySelectorAll('[data-testid="tool-card"]')) {
        const bar = card.querySelector('[role="progressbar"]');
        const state = `${card.getAttribute('data-tool')}:${card.getAttribute('data-status')}:${bar?.getAttribute('aria-valuenow')}`;
        if (seen.at(-1) !== state && !seen.includes(state)) seen.push(state);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });

  await studio.send(PROMPT);
  await expect(studio.userMessages.last()).toContainText(PROMPT);
  await expect(studio.composer).toHaveValue('');
  await expect(studio.currentAgent).toHaveAttribute('data-agent', 'PlotGeneratorAgent');
  await expect(studio.currentAgent).toContainText('Plot writer');
  await expect(studio.handoffs.filter({ hasText: 'Plot writer' }).first()).toContainText(
    'Switching to Plot writer',
  );

  // Sample the streaming text once per paint: it must grow over several paints, not arrive all at once.
  const plotMessage = studio.messageBy('PlotGeneratorAgent');
  await expect(plotMessage).toBeVisible();
  const lengths = await plotMessage.evaluate(
    (article) =>
      new Promise<number[]>((resolve) => {
        const samples: number[] = [];
        const sample = () => {
          const length = article.querySelector('[data-testid="message-content"]')?.textContent?.length ?? 0;
          if (samples.at(-1) !== length) samples.push(length);
          if (article.getAttribute('data-status') === 'streaming' && samples.length < 400) {
            requestAnimationFrame(sample);
          } else {
            resolve(samples);
          }
        };
        sample();
      }),
  );
  expect(lengths.length).toBeGreaterThanOrEqual(4);
  expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);

  const completion = await studio.waitForCompletion();
  await expect(completion).toHaveAttribute('data-status', 'completed');
  await expect(plotMessage).toHaveAttribute('data-status', 'complete');
  await expect(plotMessage.getByTestId('typing-cursor')).toHaveCount(0);
  await expect(plotMessage.getByTestId('message-agent')).toHaveText('Plot writer');
  await expect(plotMessage.getByTestId('message-agent')).toHaveAttribute('title', 'PlotGeneratorAgent');
  await expect(studio.stopButton).toHaveCount(0);

  const savePlot = studio.toolCard('save_plot');
  await expect(savePlot).toHaveAttribute('data-status', 'completed');
  await expect(savePlot.getByTestId('tool-name')).toHaveText('Saving the plot');
  await expect(savePlot.getByTestId('tool-name')).toHaveAttribute('title', 'save_plot');
  await expect(savePlot.getByTestId('tool-progress')).toHaveAttribute('aria-valuenow', '100');
  const toolStates = await page.evaluate(() => (window as unknown as { toolStates: string[] }).toolStates);
  const saveStates = toolStates.filter((s) => s.startsWith('save_plot:'));
  expect(saveStates.some((s) => s.startsWith('save_plot:executing:'))).toBe(true);
  expect(saveStates.at(-1)).toBe('save_plot:completed:100');

  const link = completion.getByTestId('completion-link').filter({ hasText: 'Plot:' });
  const title = ((await link.textContent()) ?? '')
    .replace(/^Plot: /, '')
    .replace(/ ↗$/, '')
    .trim();
  expect(title.length).toBeGreaterThan(0);

  // The transcript followed the stream to its end.
  await expect(completion).toBeInViewport();
  await page.screenshot({ path: 'test-results/main-screen.png', fullPage: false });

  // Copy gives the message's Markdown source, headings and all, not its rendered text.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await plotMessage.hover();
  await plotMessage.getByTestId('copy-message').click();
  await expect(plotMessage.getByTestId('copy-message')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`# ${title}\n`)).toBe(true);

  await link.click();
  await expect(studio.library.panel).toBeVisible();
  await expect(studio.library.title).toHaveText(title);
  const plotId = await studio.library.view.getAttribute('data-id');
  expect(plotId).toBeTruthy();

  // Earlier tests on this server may have saved plots of the same title; this one is found by its id.
  const listed = studio.library.items.and(page.locator(`[data-id="${plotId}"]`));
  await studio.library.backToList().click();
  await expect(listed).toHaveText(new RegExp(title));
  await studio.library.search.fill(title.split(' ').at(-1) ?? title);
  await expect(listed).toHaveCount(1);
  await studio.library.search.fill('no plot is called this zzzz');
  await expect(studio.library.empty).toBeVisible();
  await studio.library.search.fill(title.split(' ').at(-1) ?? title);
  await expect(listed).toHaveCount(1);
  // A search belongs to its tab and to this visit: another tab, or the library opened again, starts empty.
  await studio.library.tab('characters').click();
  await expect(studio.library.search).toHaveValue('');
  await page.getByTestId('close-library').click();
  await studio.library.openButton.click();
  await expect(studio.library.search).toHaveValue('');
  await page.screenshot({ path: 'test-results/main-screen-library.png' });
});

test('the studio reads well in dark mode and at phone width', async ({ studio, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await studio.open();
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await studio.send(PROMPT);
  await expect(await studio.waitForCompletion()).toBeInViewport();
  await page.screenshot({ path: 'test-results/main-screen-phone-dark.png' });
  // The choice survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(studio.completions.last()).toBeVisible();
});
