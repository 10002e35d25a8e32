// What the session hub is built from: storage, models, the agents' turn runner, and its limits and clocks.
import type { TurnRunner } from '../agents/turn.ts';
import type { ModelRegistry, ProviderFailure } from '../llm/registry.ts';
import type { Logger } from '../logger.ts';
import type { Repository } from '../storage/repository.ts';
import type { ReplayPacing } from './subscriber.ts';
import type { TurnFinished } from './turn-queue.ts';

export interface SessionHubDeps {
  repo: Repository;
  models: ModelRegistry;
  runTurn: TurnRunner;
  describeError: (error: unknown) => ProviderFailure;
  logger: Logger;
  agentTimeoutMs: number;
  flushIntervalMs?: number;
  replayPacing?: ReplayPacing;
  /** How long a session with no connections and no work stays in memory. */
  evictAfterMs?: number;
  /** Turns that may wait behind the one being generated; past it a message is refused with QUEUE_FULL. */
  maxQueuedTurns?: number;
  now?: () => Date;
  /** Told once per turn how it ended, how long it took and what the provider reported using. */
  onTurnFinished?: TurnFinished;
}
