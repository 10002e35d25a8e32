// Failures agents raise themselves, each with a stable protocol error code the session layer can forward.
import type { ErrorCode } from '../../protocol/errors.ts';

export class AgentError extends Error {
  override readonly name = 'AgentError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isAgentError(error: unknown): error is AgentError {
  return error instanceof AgentError;
}
