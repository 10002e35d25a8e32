// Stop ends the reply on the server, not just on the page: the turn completes as stopped and nothing more arrives.
import { expect, test } from './support/fixtures.ts';

test('Stop cancels the reply while it streams', async ({ studio }) => {
  await studio.open();
  await studio.send('Create a fantasy novel with dragons and magic');
  const plotMessage = studio.messageBy('PlotGeneratorAgent');
  await expect(plotMessage).toHaveAttribute('data-status', 'streaming');
  await studio.stopButton.click();

  const completion = await studio.waitForCompletion();
  await expect(completion).toHaveAttribute('data-status', 'stopped');
  await expect(plotMessage).toHaveAttribute('data-status', 'stopped');
  await expect(studio.stopButton).toHaveCount(0);
  await expect(studio.toolCard('save_plot')).toHaveCount(0);
  // The next request is served normally.
  await studio.send('Create a fantasy novel with dragons and magic');
  await expect(studio.completions.last()).toHaveAttribute('data-status', 'completed', { timeout: 45_000 });
});
