// Every attack in ATTACKS against one real server, while a neighbour's replies stream whole and its pongs stay quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { attackContext } from './abuse-kit.ts';
import { ATTACKS } from './attacks.ts';
import { type Neighbour, percentile, startNeighbour } from './neighbour.ts';

let server: TestServer;
let neighbour: Neighbour;
/** When each attack ran (performance.now()), to judge the neighbour's pongs under each one. */
const windows: Array<{ name: string; from: number; to: number }> = [];

beforeAll(async () => {
  // The real agents on the offline model, paced so the neighbour's replies take a while to stream.
  server = await startTestServer({ env: { BOOKSWRITER_OFFLINE_DELAY_MS: '5' } });
  neighbour = await startNeighbour(server, 'neighbour', 'Create a fantasy novel with dragons and magic');
});

afterAll(async () => {
  await server?.close();
});

describe('under attack', () => {
  // Each attack comes from a loopback address of its own (127.0.0.10, .11, …): a client of its own.
  for (const [index, attack] of ATTACKS.entries()) {
    it(attack.name, async () => {
      const from = performance.now();
      try {
        await attack.run(attackContext(server, `127.0.0.${10 + index}`));
      } finally {
        windows.push({ name: attack.name, from, to: performance.now() });
      }
    });
  }

  it("the neighbour's replies streamed whole throughout, and its pongs stayed quick", async () => {
    const { turns, pongs } = await neighbour.stop();
    expect(turns.length).toBeGreaterThan(0);
    const during = (w: { from: number; to: number }) =>
      pongs.filter((p) => p.sentAt >= w.from && p.sentAt <= w.to).map((p) => p.roundTripMs);
    const report = windows.map((w) => ({
      attack: w.name,
      pings: during(w).length,
      p99_ms: Math.round(percentile(during(w), 99)),
    }));
    const restore = report.find((r) => r.attack.startsWith('restore amplification'));
    expect(restore?.pings, 'pings during the restore attack').toBeGreaterThan(0);
    expect(restore?.p99_ms, `pong p99 under restore amplification: ${JSON.stringify(report)}`).toBeLessThan(
      100,
    );
  });
});
