// A refresh in the middle of a reply restores the transcript and finishes the reply, nothing lost or doubled.
import { expect, test } from './support/fixtures.ts';

/** Letters only: Markdown syntax and list numbers differ between source and page, the words may not. */
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '');

test('a refresh mid-stream continues the reply where it was', async ({ studio, page }) => {
  await studio.open();
  const sessionId = studio.sessionId();
  await studio.send('Create a fantasy novel with dragons and magic');

  const plotMessage = studio.messageBy('PlotGeneratorAgent');
  await expect(plotMessage).toHaveAttribute('data-status', 'streaming');
  await expect
    .poll(async () => (await studio.contentOf(plotMessage).textContent())?.length ?? 0)
    .toBeGreaterThan(120);
  const before = (await studio.contentOf(plotMessage).textContent()) ?? '';
  expect(await plotMessage.getAttribute('data-status')).toBe('streaming');

  await page.reload();
  await studio.waitConnected();
  expect(studio.sessionId()).toBe(sessionId);

  // The restored message starts with what was shown before the refresh.
  await expect(studio.messageBy('PlotGeneratorAgent')).toBeVisible();
  await studio.waitForCompletion();
  const restored = studio.messageBy('PlotGeneratorAgent');
  await expect(restored).toHaveAttribute('data-status', 'complete');
  const shown = (await studio.contentOf(restored).textContent()) ?? '';
  expect(letters(shown).startsWith(letters(before).slice(0, 60))).toBe(true);

  const response = await page.request.get(`/api/sessions/${sessionId}`);
  expect(response.ok()).toBe(true);
  const stored = (await response.json()) as {
    messages: { role: string; agent: string | null; content: string }[];
  };
  const storedPlot = stored.messages.filter((m) => m.agent === 'PlotGeneratorAgent').at(-1);
  expect(storedPlot).toBeDefined();
  expect(letters(shown)).toBe(letters(storedPlot?.content ?? ''));

  // No paragraph appears more often on the page than in the stored reply.
  const paragraphs = await restored.locator('[data-testid="message-content"] p').allTextContents();
  for (const paragraph of new Set(paragraphs)) {
    const onPage = paragraphs.filter((p) => p === paragraph).length;
    const inStore = (storedPlot?.content ?? '').split(paragraph).length - 1;
    expect(onPage, `paragraph repeated: ${paragraph.slice(0, 60)}`).toBeLessThanOrEqual(Math.max(1, inStore));
  }
  await expect(studio.userMessages).toHaveCount(1);
  await expect(studio.completions).toHaveCount(1);
});
