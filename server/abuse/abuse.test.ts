// Every attack in ATTACKS against one real server, while a neighbour's replies stream whole and its pongs stay quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { attackContext } from './abuse-kit.ts';
import { ATTACKS } from './attacks.ts';
import { type Neighbour, percentile, startNeighbour } from './neighbour.ts';

let server: TestServer;
let neighbour: Neighbour;

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
      await attack.run(attackContext(server, `127.0.0.${10 + index}`));
    });
  }

  it("the neighbour's replies streamed whole throughout, and its pongs stayed quick", async () => {
    const { turns, pongRoundTripsMs } = await neighbour.stop();
    expect(turns.length).toBeGreaterThan(0);
    expect(pongRoundTripsMs.length).toBeGreaterThan(50);
    const p99 = percentile(pongRoundTripsMs, 99);
    expect(p99, `pong p99 over ${pongRoundTripsMs.length} pings`).toBeLessThan(100);
  });
});
