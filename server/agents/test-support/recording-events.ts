// TurnEvents that remember everything reported, in order, for assertions.
import type { ToolUpdate, TurnEvents } from '../turn.ts';

export type RecordedEvent =
  | { kind: 'switch'; to: string; reason: string }
  | { kind: 'text'; delta: string }
  | { kind: 'tool'; update: ToolUpdate };

export interface RecordingEvents extends TurnEvents {
  readonly log: RecordedEvent[];
  /** All streamed text so far. */
  text(delta: string): void;
  written(): string;
  tools(): ToolUpdate[];
  switches(): { to: string; reason: string }[];
}

export function recordingEvents(onEvent?: (event: RecordedEvent) => void): RecordingEvents {
  const log: RecordedEvent[] = [];
  const push = (event: RecordedEvent) => {
    log.push(event);
    onEvent?.(event);
  };
  return {
    log,
    switchAgent: (to, reason) => push({ kind: 'switch', to, reason }),
    text: (delta) => push({ kind: 'text', delta }),
    tool: (update) => push({ kind: 'tool', update }),
    written: () => log.map((e) => (e.kind === 'text' ? e.delta : '')).join(''),
    tools: () => log.flatMap((e) => (e.kind === 'tool' ? [e.update] : [])),
    switches: () => log.flatMap((e) => (e.kind === 'switch' ? [{ to: e.to, reason: e.reason }] : [])),
  };
}
