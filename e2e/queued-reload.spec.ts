// A message written while the server is down is kept in the browser through a reload and sent once when it is back.
import { expect, test } from './support/fixtures.ts';
import { cacheAppShell } from './support/offline-cache.ts';

test('a message queued while the server is down survives a reload and is sent exactly once', async ({
  studio,
  server,
  page,
  context,
}) => {
  // A page answered from a copy has no network address, so Chromium treats it as public and would refuse its
  // WebSocket to 127.0.0.1; an installed app served from a cache is granted local network access in the same way.
  await context.grantPermissions(['local-network-access'], { origin: server.url });
  await studio.open();
  const appShell = await cacheAppShell(page, server.url);
  const sessionId = studio.sessionId();
  await studio.send('Create a fantasy novel with dragons and magic');
  await studio.waitForCompletion();

  const queuedText = 'Now build the world for it';
  const queued = studio.userMessages.filter({ hasText: queuedText });
  await server.stop();
  await appShell.serve();
  try {
    await expect(studio.connectionStatus).toHaveAttribute('data-status', 'reconnecting');
    await studio.send(queuedText);
    await expect(queued).toHaveAttribute('data-delivery', 'queued');

    await page.reload();
    expect(studio.sessionId()).toBe(sessionId);
    await expect(queued).toHaveAttribute('data-delivery', 'queued');
    await expect(studio.connectionStatus).not.toHaveAttribute('data-status', 'connected');
  } finally {
    await appShell.stop();
    await server.start();
  }

  await studio.waitConnected();
  await expect(queued).toHaveAttribute('data-delivery', 'sent');
  await expect(studio.completions).toHaveCount(2, { timeout: 45_000 });
  await expect(queued).toHaveCount(1);

  // The server stored it once, and nothing is left waiting in the browser to be sent again.
  const saved = await (await page.request.get(`/api/sessions/${sessionId}`)).json();
  const copies = (saved.messages as { role: string; content: string }[]).filter(
    (m) => m.role === 'user' && m.content === queuedText,
  );
  expect(copies).toHaveLength(1);
  expect(await page.evaluate((id) => localStorage.getItem(`bookswriter.outbox.${id}`), sessionId)).toBeNull();

  await page.reload();
  await studio.waitConnected();
  await expect(queued).toHaveCount(1);
  await expect(queued).toHaveAttribute('data-delivery', 'sent');
});
