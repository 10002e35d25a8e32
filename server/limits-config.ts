// The environment variables that bound what one client may ask of the server, and their typed form.
import { z } from 'zod';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Merged into the server's environment schema (config.ts). */
export const LimitsEnv = {
  /** Messages per rate window from one owner cookie, across all its sessions. */
  RATE_LIMIT_OWNER_MAX_MESSAGES: int(1, 1_000_000).default(120),
  /** Messages per rate window from one remote address, across all its sessions and cookies. */
  RATE_LIMIT_ADDRESS_MAX_MESSAGES: int(1, 1_000_000).default(120),
  /** Turns that may wait behind the one being generated in a session. */
  MAX_QUEUED_TURNS: int(0, 10_000).default(20),
  RESTORE_LIMIT_WINDOW_MS: int(100, 3_600_000).default(60_000),
  RESTORE_LIMIT_PER_CONNECTION: int(1, 1_000_000).default(10),
  RESTORE_LIMIT_PER_SESSION: int(1, 1_000_000).default(30),
  RESTORE_LIMIT_PER_OWNER: int(1, 1_000_000).default(60),
  RESTORE_LIMIT_PER_ADDRESS: int(1, 1_000_000).default(120),
};

type LimitsEnvValues = { [K in keyof typeof LimitsEnv]: z.infer<(typeof LimitsEnv)[K]> };

export interface ClientLimitsConfig {
  ownerMaxMessages: number;
  addressMaxMessages: number;
  maxQueuedTurns: number;
  restore: {
    windowMs: number;
    perConnection: number;
    perSession: number;
    perOwner: number;
    perAddress: number;
  };
}

export function clientLimitsFrom(e: LimitsEnvValues): ClientLimitsConfig {
  return {
    ownerMaxMessages: e.RATE_LIMIT_OWNER_MAX_MESSAGES,
    addressMaxMessages: e.RATE_LIMIT_ADDRESS_MAX_MESSAGES,
    maxQueuedTurns: e.MAX_QUEUED_TURNS,
    restore: {
      windowMs: e.RESTORE_LIMIT_WINDOW_MS,
      perConnection: e.RESTORE_LIMIT_PER_CONNECTION,
      perSession: e.RESTORE_LIMIT_PER_SESSION,
      perOwner: e.RESTORE_LIMIT_PER_OWNER,
      perAddress: e.RESTORE_LIMIT_PER_ADDRESS,
    },
  };
}
