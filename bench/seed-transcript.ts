// Seeds a database, through the server's own repository, with long sessions for the restore benchmark.
import type { ActivityEvent } from '../protocol/messages.ts';
import { openRepository } from '../server/storage/index.ts';

export interface TranscriptShape {
  /** User messages; each is answered by one agent message, so the transcript holds twice as many. */
  turns: number;
  agentChars: { min: number; max: number };
  userChars: { min: number; max: number };
  /** Turns at the end whose agent_switch / tool / completion events are stored too (restore sends the last 500). */
  turnsWithActivity: number;
}

export const TWO_THOUSAND_MESSAGES: TranscriptShape = {
  turns: 1_000,
  agentChars: { min: 1_000, max: 3_000 },
  userChars: { min: 60, max: 400 },
  turnsWithActivity: 100,
};

const WORDS =
  'the dragon river keeper ancient city stone she he walked silence memory empire ash crown letter storm ' +
  'harbour lantern oath mountain secret winter library map blood salt candle archive mirror daughter war ' +
  'promise shadow market tower forgotten bell glass rebellion scholar sea wind iron garden exile'.split(' ');

/** A small deterministic generator, so every run seeds the same transcript. */
function createProse(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  return (length: { min: number; max: number }): string => {
    const target = length.min + Math.floor(next() * (length.max - length.min));
    const parts: string[] = [];
    let size = 0;
    while (size < target) {
      const word = WORDS[Math.floor(next() * WORDS.length)] as string;
      const sentenceEnd = next() < 0.08;
      parts.push(sentenceEnd ? `${word}.` : word);
      size += word.length + (sentenceEnd ? 2 : 1);
    }
    return parts.join(' ').slice(0, target);
  };
}

/** Writes each session's transcript; returns the number of messages per session. */
export async function seedTranscripts(
  databasePath: string,
  sessionIds: readonly string[],
  shape: TranscriptShape,
  /** Offsets the ids, so several calls can seed one database. */
  firstIndex = 0,
): Promise<number> {
  const repo = await openRepository(databasePath);
  try {
    for (const [i, sessionId] of sessionIds.entries()) {
      const s = i + firstIndex;
      const prose = createProse(s + 1);
      await repo.sessions.ensureSession(sessionId, { model: 'offline:bookswriter-offline' });
      const start = Date.parse('2025-01-28T10:00:00Z');
      for (let turn = 0; turn < shape.turns; turn += 1) {
        const turnId = `turn_${s}_${turn}`;
        const at = (offsetMs: number) => new Date(start + turn * 60_000 + offsetMs).toISOString();
        await repo.sessions.insertMessage({
          id: `msg_${s}_${turn}_u`,
          session_id: sessionId,
          turn_id: turnId,
          role: 'user',
          agent: null,
          content: prose(shape.userChars),
          status: 'complete',
          client_message_id: null,
          created_at: at(0),
        });
        const reply = prose(shape.agentChars);
        await repo.sessions.insertMessage({
          id: `msg_${s}_${turn}_a`,
          session_id: sessionId,
          turn_id: turnId,
          role: 'agent',
          agent: 'PlotGeneratorAgent',
          content: '',
          status: 'streaming',
          client_message_id: null,
          created_at: at(100),
        });
        await repo.sessions.finishMessage(`msg_${s}_${turn}_a`, 'complete', {
          content: reply,
          chunk_count: Math.ceil(reply.length / 24),
        });
        if (turn >= shape.turns - shape.turnsWithActivity)
          await seedTurnActivity(repo, sessionId, turnId, at);
      }
    }
  } finally {
    await repo.close();
  }
  return shape.turns * 2;
}

async function seedTurnActivity(
  repo: Awaited<ReturnType<typeof openRepository>>,
  sessionId: string,
  turnId: string,
  at: (offsetMs: number) => string,
): Promise<void> {
  const tool = {
    tool_name: 'save_plot',
    turn_id: turnId,
    tool_call_id: `call_${turnId}`,
    agent: 'PlotGeneratorAgent',
  };
  const events = [
    {
      type: 'agent_switch',
      from_agent: null,
      to_agent: 'OrchestratorAgent',
      reason: 'Analysing the request',
      timestamp: at(1),
      turn_id: turnId,
    },
    {
      type: 'agent_switch',
      from_agent: 'OrchestratorAgent',
      to_agent: 'PlotGeneratorAgent',
      reason: 'Routing request to plot generation specialist',
      timestamp: at(50),
      turn_id: turnId,
    },
    {
      type: 'tool_execution',
      ...tool,
      status: 'executing',
      message: 'Saving plot to database...',
      progress: 0.5,
      timestamp: at(900),
    },
    {
      type: 'tool_execution',
      ...tool,
      status: 'completed',
      message: 'Plot saved',
      progress: 1,
      timestamp: at(950),
      result: { plot_id: `plot_${turnId}`, title: 'The Salt Archive' },
    },
    {
      type: 'completion',
      message: 'Plot generation completed successfully',
      results: {
        agents_used: ['OrchestratorAgent', 'PlotGeneratorAgent'],
        plot_id: `plot_${turnId}`,
        title: 'The Salt Archive',
      },
      timestamp: at(1000),
      turn_id: turnId,
      status: 'completed',
    },
  ] satisfies ActivityEvent[];
  for (const event of events) await repo.sessions.appendActivity(sessionId, event);
}
