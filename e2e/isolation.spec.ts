// Two browsers (two cookie jars) each see only their own sessions.

import { StudioPage } from './pages/studio-page.ts';
import { expect, test } from './support/fixtures.ts';

test('two browser contexts see only their own sessions', async ({ browser, server }) => {
  const alice = await browser.newContext({ baseURL: server.url });
  const bob = await browser.newContext({ baseURL: server.url });
  try {
    const alicePage = new StudioPage(await alice.newPage());
    const bobPage = new StudioPage(await bob.newPage());
    await alicePage.open();
    await bobPage.open();
    const aliceSession = alicePage.sessionId();
    const bobSession = bobPage.sessionId();
    expect(aliceSession).not.toBe(bobSession);

    await alicePage.send('Create a fantasy novel about a lighthouse keeper');
    await bobPage.send('Create a science fiction novel about a generation ship');
    await alicePage.waitForCompletion();
    await bobPage.waitForCompletion();

    await expect(alicePage.sessionItems.first()).toBeVisible();
    await expect(bobPage.sessionItems.first()).toBeVisible();
    const aliceSees = await alicePage.sessionItems.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-session-id')),
    );
    const bobSees = await bobPage.sessionItems.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-session-id')),
    );
    expect(aliceSees).toContain(aliceSession);
    expect(aliceSees).not.toContain(bobSession);
    expect(bobSees).toContain(bobSession);
    expect(bobSees).not.toContain(aliceSession);

    // Bob cannot read Alice's transcript by its address either.
    const forbidden = await bobPage.page.request.get(`/api/sessions/${aliceSession}`);
    expect(forbidden.status()).toBe(403);
    expect((await forbidden.json()).error.code).toBe('SESSION_FORBIDDEN');
    await bobPage.page.goto(`/?session=${aliceSession}`);
    await expect(bobPage.page.getByTestId('session-forbidden')).toBeVisible();
    await expect(bobPage.transcript).not.toContainText('lighthouse');
  } finally {
    await alice.close();
    await bob.close();
  }
});
