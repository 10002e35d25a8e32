// Interrupted work is never a dead end: a restart or a provider failure leaves a card with the reason and a way on.
import type { Page } from '@playwright/test';
import { sampleCharacters, samplePlot, sampleWorld } from '../server/agents/test-support/samples.ts';
import { startFakeOpenAI } from '../server/llm/test-support/fake-openai.ts';
import type { FakeProviderServer } from '../server/llm/test-support/scripted-server.ts';
import { StudioPage } from './pages/studio-page.ts';
import { expect, test } from './support/fixtures.ts';
import { keepScreenshotsAcrossThemes } from './support/screenshots.ts';
import { type BooksWriterServer, startBooksWriter } from './support/server.ts';

const WHOLE_STORY = 'Create a fantasy novel with dragons and magic, then build its world and its characters';

async function plotsOf(page: Page, server: BooksWriterServer): Promise<{ id: string }[]> {
  const response = await page.request.get(`${server.url}/api/plots`);
  return ((await response.json()) as { items: { id: string }[] }).items;
}

test.describe('interrupted turns', () => {
  let server: BooksWriterServer | undefined;
  let provider: FakeProviderServer | undefined;
  test.afterEach(async () => {
    await server?.dispose();
    await provider?.close();
    server = undefined;
    provider = undefined;
  });

  test('after a crash the writer sees each interrupted turn and resumes with the next agent', async ({
    page,
  }, testInfo) => {
    server = await startBooksWriter({ offlineDelayMs: 25 });
    const studio = new StudioPage(page);
    await page.goto(server.url);
    await studio.waitConnected();
    await studio.send(WHOLE_STORY);
    await expect(studio.toolCard('save_plot')).toHaveAttribute('data-status', 'completed', {
      timeout: 45_000,
    });
    await expect(studio.messageBy('WorldBuildingAgent')).toHaveAttribute('data-status', 'streaming');
    await studio.send('Now give the story an author');
    await expect(studio.userMessages).toHaveCount(2);

    await server.kill();
    await server.start();
    await studio.waitConnected();

    const [cutOff, waiting] = [studio.completions.nth(0), studio.completions.nth(1)];
    await expect(cutOff).toHaveAttribute('data-status', 'interrupted');
    await expect(cutOff.getByTestId('turn-reason')).toHaveText(
      'The server restarted while this request was being worked on.',
    );
    await expect(cutOff.getByTestId('resume-turn')).toHaveText('Resume with World builder');
    await expect(waiting).toHaveAttribute('data-status', 'interrupted');
    await expect(waiting.getByTestId('turn-reason')).toHaveText(
      'The server restarted before this request could start.',
    );
    await expect(waiting.getByTestId('resume-turn')).toHaveCount(0);
    await expect(waiting.getByTestId('retry-turn')).toBeVisible();
    await keepScreenshotsAcrossThemes(page, testInfo, 'interrupted-after-restart', waiting);

    await cutOff.getByTestId('resume-turn').focus();
    await page.keyboard.press('Enter');
    const resumed = studio.completions.nth(2);
    await expect(resumed).toHaveAttribute('data-status', 'completed', { timeout: 45_000 });
    await expect(resumed.getByTestId('completion-link').filter({ hasText: /^World:/ })).toHaveCount(1);
    await expect(
      resumed
        .getByTestId('completion-link')
        .filter({ hasText: /^Character:/ })
        .first(),
    ).toBeVisible();
    // The plot saved before the crash was kept, not written again.
    expect(await plotsOf(page, server)).toHaveLength(1);
    await expect(resumed.getByTestId('completion-link').filter({ hasText: /^Plot:/ })).toHaveCount(0);

    // The request that never started runs again from the start.
    await waiting.getByTestId('retry-turn').click();
    await expect(studio.completions.nth(3)).toHaveAttribute('data-status', 'completed', { timeout: 45_000 });
    await expect(
      studio.completions
        .nth(3)
        .getByTestId('completion-link')
        .filter({ hasText: /^Author:/ }),
    ).toBeVisible();
  });

  test('a provider failure shows its reason, and Resume carries on after the saved plot', async ({
    page,
  }, testInfo) => {
    provider = await startFakeOpenAI();
    provider.serveModels(['fake-writer']);
    server = await startBooksWriter({
      env: {
        OPENAI_COMPATIBLE_BASE_URL: provider.baseURL,
        OPENAI_COMPATIBLE_MODELS: 'fake-writer',
        BOOKSWRITER_MODEL: 'local:fake-writer',
      },
    });
    const steps = [
      { agent: 'PlotGeneratorAgent', task: 'Write the plot', mode: 'create', target_id: null },
      { agent: 'WorldBuildingAgent', task: 'Build its world', mode: 'create', target_id: null },
      { agent: 'CharactersAgent', task: 'Make its cast', mode: 'create', target_id: null },
    ];
    provider.script(
      {
        kind: 'reply',
        text: ['A plot, its world and its cast.'],
        toolCalls: [{ name: 'route_request', args: { steps } }],
      },
      { kind: 'reply', text: ['The plot is ready.'], toolCalls: [{ name: 'save_plot', args: samplePlot }] },
      // The world's call fails, and fails again on each of the two automatic retries.
      { kind: 'error', status: 500 },
      { kind: 'error', status: 500 },
      { kind: 'error', status: 500 },
    );
    const studio = new StudioPage(page);
    await page.goto(server.url);
    await studio.waitConnected();
    await studio.send(WHOLE_STORY);

    const failed = studio.completions.first();
    await expect(failed).toHaveAttribute('data-status', 'failed', { timeout: 45_000 });
    await expect(failed.getByTestId('turn-reason')).toHaveText(
      'The model provider reported an error. Try again in a moment.',
    );
    // The reason is said once, on the card, not again above it.
    await expect(studio.errors).toHaveCount(0);
    await expect(failed.getByTestId('resume-turn')).toHaveText('Resume with World builder');
    await keepScreenshotsAcrossThemes(page, testInfo, 'failed-turn', failed);

    provider.script(
      {
        kind: 'reply',
        text: ['The world is built.'],
        toolCalls: [{ name: 'save_world', args: sampleWorld }],
      },
      {
        kind: 'reply',
        text: ['The cast is ready.'],
        toolCalls: [{ name: 'save_characters', args: { characters: sampleCharacters } }],
      },
    );
    await failed.getByTestId('resume-turn').click();
    await expect(failed.getByTestId('resume-turn')).toBeDisabled();
    const resumed = studio.completions.nth(1);
    await expect(resumed).toHaveAttribute('data-status', 'completed', { timeout: 45_000 });
    await expect(resumed.getByTestId('completion-link')).toHaveText([
      'World: Emberfall ↗',
      'Character: Aria Vell ↗',
      'Character: Malgrim ↗',
    ]);
    expect(provider.pending()).toBe(0);
    expect(await plotsOf(page, server)).toHaveLength(1);
    // The resumed world was built on the plot saved before the failure.
    expect(provider.requests.at(-2)?.promptText).toContain(samplePlot.title);
  });

  test('a timed-out turn can be retried from the start', async ({ page }, testInfo) => {
    provider = await startFakeOpenAI();
    provider.serveModels(['fake-writer']);
    server = await startBooksWriter({
      env: {
        OPENAI_COMPATIBLE_BASE_URL: provider.baseURL,
        OPENAI_COMPATIBLE_MODELS: 'fake-writer',
        BOOKSWRITER_MODEL: 'local:fake-writer',
        AGENT_TIMEOUT_MS: '1500',
      },
    });
    provider.script({ kind: 'reply', text: ['Let me think about'], holdOpen: true });
    const studio = new StudioPage(page);
    await page.goto(server.url);
    await studio.waitConnected();
    await studio.send('What genres can you write?');
    const failed = studio.completions.first();
    await expect(failed).toHaveAttribute('data-status', 'failed', { timeout: 45_000 });
    await expect(failed.getByTestId('turn-reason')).toContainText('was stopped');
    await expect(failed.getByTestId('resume-turn')).toHaveCount(0);
    await keepScreenshotsAcrossThemes(page, testInfo, 'timed-out-turn', failed);

    provider.script({
      kind: 'reply',
      text: ['Fantasy, mystery and more.'],
      toolCalls: [{ name: 'route_request', args: { steps: [] } }],
    });
    await failed.getByTestId('retry-turn').click();
    await expect(studio.completions.nth(1)).toHaveAttribute('data-status', 'completed', { timeout: 45_000 });
    await expect(studio.userMessages).toHaveCount(2);
    await expect(studio.userMessages.last()).toContainText('What genres can you write?');
  });
});
