// One soak writer: a session driven with every kind of request, drops and restores, cancels, second tabs, resends and REST.
import { randomUUID } from 'node:crypto';
import { ClientTranscript } from './client-transcript.ts';
import { type Frame, SoakSocket } from './soak-socket.ts';

const PROMPTS = [
  'Create a fantasy novel with dragons and magic',
  'Create a science fiction plot about a generation ship',
  'Build the world for this story',
  'Create three main characters for this story',
  'Create an author persona who writes gothic horror',
  'Create a mystery novel set in a lighthouse, with its world and three main characters',
  'Make the villain more sympathetic',
];

/** What every writer adds to, read by the per-minute report. */
export interface SoakTally {
  turns: Record<string, number>;
  actions: Record<string, number>;
  errors: Record<string, number>;
  checkedMessages: number;
  mismatches: string[];
  doubledChunks: number;
}

export function emptyTally(): SoakTally {
  return { turns: {}, actions: {}, errors: {}, checkedMessages: 0, mismatches: [], doubledChunks: 0 };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

const TURN_TIMEOUT_MS = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pickWeighted(weights: ReadonlyArray<[string, number]>, at: number): string {
  let left = at;
  for (const [name, weight] of weights) {
    left -= weight;
    if (left < 0) return name;
  }
  return 'ping';
}

export async function runWriter(baseUrl: string, until: number, tally: SoakTally, random: () => number) {
  const sessionId = `soak-${randomUUID()}`;
  const wsUrl = `${baseUrl.replace(/^http/, 'ws')}/ws/${sessionId}`;
  const seen = new ClientTranscript();
  const onFrame = (frame: Frame) => {
    if (frame.type === 'stream_chunk')
      seen.chunk(String(frame.message_id), Number(frame.chunk_id), String(frame.content));
    else if (frame.type === 'session_state')
      seen.restored(frame.messages as Parameters<ClientTranscript['restored']>[0]);
    else if (frame.type === 'completion') bump(tally.turns, String(frame.status));
    else if (frame.type === 'error') bump(tally.errors, String(frame.error_code ?? 'UNKNOWN'));
  };
  let socket = await SoakSocket.open(wsUrl, onFrame);
  const prompt = () => PROMPTS[Math.floor(random() * PROMPTS.length)] as string;
  const completion = () => socket.waitFor((f) => f.type === 'completion', TURN_TIMEOUT_MS);
  /** The n-th chunk from now, or the end of the turn if it is shorter; true when the turn ended first. */
  const chunksOrEnd = async (n: number) => {
    let count = 0;
    const frame = await socket.waitFor(
      (f) => (f.type === 'stream_chunk' && ++count >= n) || f.type === 'completion',
      TURN_TIMEOUT_MS,
    );
    return frame.type === 'completion';
  };

  const actions: Record<string, () => Promise<void>> = {
    turn: async () => {
      const done = completion();
      socket.send({ type: 'message', content: prompt(), user_id: 'soak' });
      await done;
    },
    cancel: async () => {
      const done = completion();
      socket.send({ type: 'message', content: prompt(), user_id: 'soak' });
      if (!(await chunksOrEnd(5 + Math.floor(random() * 40)))) socket.send({ type: 'cancel' });
      await done;
    },
    drop: async () => {
      socket.send({ type: 'message', content: prompt(), user_id: 'soak' });
      if (await chunksOrEnd(5 + Math.floor(random() * 60))) return;
      socket.drop();
      await pause(200 + random() * 2_000);
      socket = await SoakSocket.open(wsUrl, onFrame);
      // Both waits start before the restore is sent: the completion may arrive in the same read as the state.
      const state = socket.waitFor((f) => f.type === 'session_state', 10_000);
      const done = completion();
      done.catch(() => {});
      socket.send({ type: 'session_restore' });
      const restored = await state;
      if (restored.in_flight) await done;
    },
    secondTab: async () => {
      const done = completion();
      socket.send({ type: 'message', content: prompt(), user_id: 'soak' });
      if (await chunksOrEnd(3)) return;
      const tab = await SoakSocket.open(wsUrl, () => {});
      const tabDone = tab.waitFor((f) => f.type === 'completion', TURN_TIMEOUT_MS);
      tabDone.catch(() => {});
      await done;
      // The turn may have ended before the tab attached; it then has no completion to see.
      await Promise.race([tabDone, pause(5_000)]);
      tab.close();
    },
    resend: async () => {
      const id = randomUUID();
      const done = completion();
      socket.send({ type: 'message', content: prompt(), user_id: 'soak', client_message_id: id });
      socket.send({ type: 'message', content: prompt(), user_id: 'soak', client_message_id: id });
      await done;
    },
    rest: async () => {
      const list = (await (await fetch(`${baseUrl}/api/plots?session_id=${sessionId}&limit=20`)).json()) as {
        items: Array<{ id: string }>;
      };
      await fetch(`${baseUrl}/api/plots?session_id=${sessionId}&q=dragon`);
      const first = list.items[0];
      if (first && random() < 0.5) {
        await fetch(`${baseUrl}/api/plots/${first.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: `Edited ${Math.floor(random() * 1000)}` }),
        });
      } else if (first) {
        await fetch(`${baseUrl}/api/plots/${first.id}`, { method: 'DELETE' });
      }
    },
    ping: async () => {
      const pong = socket.waitFor((f) => f.type === 'pong', 10_000);
      socket.send({ type: 'ping' });
      await pong;
      await pause(1_000 + random() * 4_000);
    },
  };
  const weights: Array<[string, number]> = [
    ['turn', 30],
    ['cancel', 10],
    ['drop', 10],
    ['secondTab', 8],
    ['resend', 8],
    ['rest', 20],
    ['ping', 14],
  ];
  const total = weights.reduce((sum, [, w]) => sum + w, 0);

  while (Date.now() < until) {
    const name = pickWeighted(weights, random() * total);
    try {
      await (actions[name] as () => Promise<void>)();
      bump(tally.actions, name);
    } catch (error) {
      bump(tally.errors, `client: ${name}: ${error instanceof Error ? error.message : String(error)}`);
      if (socket.closed) socket = await SoakSocket.open(wsUrl, onFrame);
    }
    // Reading the whole transcript is itself a load that grows with it: only after a turn ran.
    if (name === 'ping' || name === 'rest') continue;
    const stored = (await (await fetch(`${baseUrl}/api/sessions/${sessionId}`)).json()) as {
      messages?: Parameters<ClientTranscript['check']>[0];
    };
    const check = seen.check(stored.messages ?? []);
    tally.checkedMessages += check.checked;
    for (const id of check.mismatched) if (!tally.mismatches.includes(id)) tally.mismatches.push(id);
  }
  tally.doubledChunks += seen.doubled;
  socket.close();
}
