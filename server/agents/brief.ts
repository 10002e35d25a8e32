// The writer's brief: everything they asked for in this session, carried to every step so turn 10 keeps turn 1's terms.
import type { TranscriptMessage } from '../../protocol/messages.ts';

/** Enough for genre, audience, point of view, tense, length and constraints; not a transcript. */
const BRIEF_CHARS = 4_000;
const MESSAGE_CHARS = 1_200;

/**
 * The writer's own messages before this one, oldest first, each shortened. Built from the stored
 * transcript, so it survives restarts and is the same on every server.
 */
export function writeBrief(history: TranscriptMessage[]): string {
  const asks = history
    .filter((message) => message.role === 'user' && message.content.trim().length > 0)
    .map((message) => {
      const text = message.content.trim().replace(/\s+/g, ' ');
      return `- ${text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text}`;
    });
  // The first request usually sets the terms (genre, audience, point of view); keep it and the latest.
  const kept: string[] = [];
  let total = 0;
  for (const [index, ask] of asks.entries()) {
    const isFirst = index === 0;
    const budgetLeft = BRIEF_CHARS - total;
    if (!isFirst && ask.length > budgetLeft) continue;
    kept.push(ask);
    total += ask.length;
  }
  return kept.join('\n');
}
