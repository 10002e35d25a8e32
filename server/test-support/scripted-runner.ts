// A TurnRunner that plays a fixed script, for session and socket tests that are not about agents.
import { setTimeout as sleep } from 'node:timers/promises';
import type { TurnRunner } from '../agents/turn.ts';
import { FOLLOW_ON_SEPARATOR } from '../sessions/turn-execution.ts';

export interface ScriptOptions {
  /** Text chunks the specialist writes; a function gets the writer's message. */
  chunks?: number | ((content: string) => string[]);
  /** Pause between chunks. */
  delayMs?: number;
  /** Throw this instead of completing, after the chunks. */
  failWith?: unknown;
  /** Stop emitting and wait forever after this many chunks (to test timeouts). */
  hangAfter?: number;
}

/** Words of a long reply, numbered so a test can tell every chunk apart. */
export function numberedChunks(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `w${i + 1} `);
}

/** The specialist's stored message for these chunks: it follows the orchestrator's, so it opens a new paragraph. */
export function specialistText(chunks: string[]): string {
  return FOLLOW_ON_SEPARATOR + chunks.join('');
}

export function createScriptedRunner(options: ScriptOptions = {}): TurnRunner & { calls: string[] } {
  const calls: string[] = [];
  const runner = async ({ content, events, signal }: Parameters<TurnRunner>[0]) => {
    calls.push(content);
    const delay = options.delayMs ?? 0;
    const chunks =
      typeof options.chunks === 'function' ? options.chunks(content) : numberedChunks(options.chunks ?? 5);
    events.text('Routing your request. ');
    events.switchAgent('PlotGeneratorAgent', 'Routing request to plot generation specialist');
    for (const [index, chunk] of chunks.entries()) {
      if (options.hangAfter !== undefined && index >= options.hangAfter) {
        await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      signal.throwIfAborted();
      events.text(chunk);
      if (delay > 0) await sleep(delay, undefined, { signal }).catch(() => signal.throwIfAborted());
      else if (index % 16 === 15) await sleep(0);
    }
    signal.throwIfAborted();
    if (options.failWith !== undefined) throw options.failWith;
    events.tool({
      tool_call_id: 'call_1',
      tool_name: 'save_plot',
      status: 'executing',
      message: 'Saving plot to database...',
      progress: 0.5,
    });
    events.tool({
      tool_call_id: 'call_1',
      tool_name: 'save_plot',
      status: 'completed',
      message: 'Plot saved',
      progress: 1,
      result: { plot_id: 'plot-1', title: 'The Dragon’s Last Stand' },
    });
    return {
      message: 'Plot generation completed successfully',
      results: {
        plot_id: 'plot-1',
        title: 'The Dragon’s Last Stand',
        agents_used: ['OrchestratorAgent', 'PlotGeneratorAgent'],
      },
    };
  };
  return Object.assign(runner, { calls });
}
