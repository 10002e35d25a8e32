// Runs one turn through a real provider package against a fake wire server and reads back what was sent.
import type { TranscriptMessage } from '../../../protocol/messages.ts';
import type { FakeProviderServer, RecordedRequest } from '../../llm/test-support/index.ts';
import type { ScriptedResponse } from '../../llm/test-support/scripted-server.ts';
import type { Repository } from '../../storage/index.ts';
import { AgentName, ToolName } from '../contract.ts';
import { createTurnRunner } from '../index.ts';
import { fakeProviderModel } from './fake-provider-model.ts';
import { recordingEvents } from './recording-events.ts';
import { samplePlot } from './samples.ts';

let turns = 0;

/** A turn against a fake provider server: the requests it made, in order. */
export async function wireTurn(
  fake: FakeProviderServer,
  repo: Repository,
  turn: {
    sessionId: string;
    content: string;
    history?: TranscriptMessage[];
    /** The wire format `fake` speaks; OpenAI's when omitted. */
    provider?: 'openai' | 'gemini';
  },
  ...script: ScriptedResponse[]
): Promise<RecordedRequest[]> {
  const resolved = fakeProviderModel(turn.provider ?? 'openai', fake.baseURL);
  await repo.sessions.ensureSession(turn.sessionId);
  const before = fake.requests.length;
  fake.script(...script);
  await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes, maxRetries: 0 })({
    sessionId: turn.sessionId,
    owner: `session:${turn.sessionId}`,
    turnId: `wire-turn-${++turns}`,
    content: turn.content,
    model: resolved.model,
    modelId: resolved.id,
    history: turn.history ?? [],
    signal: new AbortController().signal,
    events: recordingEvents(),
  });
  return fake.requests.slice(before);
}

/** The orchestrator's answer: a sentence and a route with these steps. */
export function routeTo(...steps: Record<string, unknown>[]): ScriptedResponse {
  return { kind: 'reply', text: ['On it.'], toolCalls: [{ name: ToolName.route, args: { steps } }] };
}

export const ROUTE_TO_PLOT = routeTo({ agent: AgentName.plot, task: 'The plot' });

export const SAVE_PLOT: ScriptedResponse = {
  kind: 'reply',
  text: ['A plot.'],
  toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }],
};

export interface WireMessage {
  role: string;
  /** The message's text parts in order (a string content is one part). */
  parts: string[];
}

/** The messages of an OpenAI chat request, as sent. */
export function wireMessages(request: RecordedRequest | undefined): WireMessage[] {
  const messages = Array.isArray(request?.body.messages) ? request.body.messages : [];
  return messages.map((message: { role?: unknown; content?: unknown }) => ({
    role: String(message.role),
    parts:
      typeof message.content === 'string'
        ? [message.content]
        : Array.isArray(message.content)
          ? message.content.flatMap((part: { text?: unknown }) =>
              typeof part.text === 'string' ? [part.text] : [],
            )
          : [],
  }));
}

/** The system prompt of an OpenAI chat request. */
export function systemPrompt(request: RecordedRequest | undefined): string {
  return wireMessages(request)
    .filter((message) => message.role === 'system')
    .flatMap((message) => message.parts)
    .join('\n');
}
