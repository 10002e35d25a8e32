// A tool card is seen at work: what the tool is doing and how much of its input has arrived, and its steps stay once done.
import { samplePlot } from '../server/agents/test-support/samples.ts';
import { startFakeOpenAI } from '../server/llm/test-support/fake-openai.ts';
import { StudioPage } from './pages/studio-page.ts';
import { expect, test } from './support/fixtures.ts';
import { keepScreenshotsAcrossThemes } from './support/screenshots.ts';
import { startBooksWriter } from './support/server.ts';

test('a save streamed slowly shows its progress, and the finished card keeps its steps', async ({
  page,
}, testInfo) => {
  const provider = await startFakeOpenAI();
  provider.serveModels(['fake-writer']);
  const server = await startBooksWriter({
    env: {
      OPENAI_COMPATIBLE_BASE_URL: provider.baseURL,
      OPENAI_COMPATIBLE_MODELS: 'fake-writer',
      BOOKSWRITER_MODEL: 'local:fake-writer',
    },
  });
  try {
    provider.script(
      {
        kind: 'reply',
        text: ['A plot it is.'],
        toolCalls: [
          {
            name: 'route_request',
            args: {
              steps: [
                { agent: 'PlotGeneratorAgent', task: 'Write the plot', mode: 'create', target_id: null },
              ],
            },
          },
        ],
      },
      // The plot's arguments arrive in 40 pieces over about four seconds, as a long save does.
      {
        kind: 'reply',
        text: ['Here is the plot.'],
        toolCalls: [{ name: 'save_plot', args: samplePlot }],
        argumentFragments: 40,
        delayMs: 100,
      },
    );
    const studio = new StudioPage(page);
    await page.goto(server.url);
    await studio.waitConnected();
    await studio.send('Create a fantasy plot');

    const card = studio.toolCard('save_plot');
    await expect(card).toHaveAttribute('data-status', 'executing');
    await expect(card.getByTestId('tool-message')).toHaveText(
      /Writing the plot\.\.\. \(\d[\d,]* characters so far\)/,
    );
    await keepScreenshotsAcrossThemes(page, testInfo, 'tool-running', card);

    await expect(card).toHaveAttribute('data-status', 'completed', { timeout: 45_000 });
    const steps = card.getByTestId('tool-steps');
    await expect(steps).toContainText(/Writing the plot\.\.\. \(\d[\d,]* characters so far\)/);
    await expect(card.getByTestId('tool-message')).toContainText(samplePlot.title);
    // One line for the writing however often its count moved on.
    await expect(steps.getByText(/Writing the plot/)).toHaveCount(1);
  } finally {
    await server.dispose();
    await provider.close();
  }
});
