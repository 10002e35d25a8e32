// The server restarts under an open page: the page shows it reconnecting, then recovers with its transcript.
import { expect, test } from './support/fixtures.ts';

test('the page reconnects after a server restart, keeps the transcript and sends what was queued', async ({
  studio,
  server,
}) => {
  await studio.open();
  await studio.send('Create a fantasy novel with dragons and magic');
  await studio.waitForCompletion();
  const agentMessagesBefore = await studio.agentMessages.count();
  expect(agentMessagesBefore).toBeGreaterThan(0);

  await server.stop();
  try {
    await expect(studio.connectionStatus).toHaveAttribute('data-status', 'reconnecting');
    await expect(studio.connectionStatus).toContainText(/attempt \d+ of 10/);

    // Written while offline: shown as queued, sent once the server is back.
    await studio.send('Now build the world for it');
    await expect(studio.userMessages.last()).toHaveAttribute('data-delivery', 'queued');
  } finally {
    await server.start();
  }

  await studio.waitConnected();
  await expect(studio.userMessages.first()).toContainText('dragons and magic');
  await expect(studio.userMessages.filter({ hasText: 'Now build the world' })).toHaveAttribute(
    'data-delivery',
    'sent',
  );
  await expect(studio.userMessages).toHaveCount(2);
  await expect(studio.completions).toHaveCount(2, { timeout: 45_000 });
  expect(await studio.agentMessages.count()).toBeGreaterThan(agentMessagesBefore);
});
