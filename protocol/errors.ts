// Stable error and close codes shared by the server, the web app and the tests.

export const ErrorCode = {
  INVALID_JSON: 'INVALID_JSON',
  UNKNOWN_MESSAGE_TYPE: 'UNKNOWN_MESSAGE_TYPE',
  INVALID_MESSAGE: 'INVALID_MESSAGE',
  MESSAGE_TOO_LONG: 'MESSAGE_TOO_LONG',
  INVALID_TIMESTAMP: 'INVALID_TIMESTAMP',
  BATCH_TOO_LARGE: 'BATCH_TOO_LARGE',
  BINARY_NOT_SUPPORTED: 'BINARY_NOT_SUPPORTED',
  RATE_LIMITED: 'RATE_LIMITED',
  /** Too many turns already wait behind the one being generated. */
  QUEUE_FULL: 'QUEUE_FULL',
  /** Too many session_restore requests; `retry_after_ms` says when one fits again. */
  RESTORE_LIMITED: 'RESTORE_LIMITED',
  MODEL_UNAVAILABLE: 'MODEL_UNAVAILABLE',
  AGENT_TIMEOUT: 'AGENT_TIMEOUT',
  AGENT_FAILED: 'AGENT_FAILED',
  PROVIDER_AUTH: 'PROVIDER_AUTH',
  PROVIDER_RATE_LIMITED: 'PROVIDER_RATE_LIMITED',
  PROVIDER_UNREACHABLE: 'PROVIDER_UNREACHABLE',
  PROVIDER_BAD_OUTPUT: 'PROVIDER_BAD_OUTPUT',
  PROVIDER_ERROR: 'PROVIDER_ERROR',
  NOTHING_TO_CANCEL: 'NOTHING_TO_CANCEL',
  /** `retry` or `resume` named a turn the session does not have. */
  TURN_NOT_FOUND: 'TURN_NOT_FOUND',
  /** `retry` or `resume` named a turn that is still running or waiting to run. */
  TURN_NOT_FINISHED: 'TURN_NOT_FINISHED',
  /** `resume` named a turn with no workflow steps left to run (or none recorded): `retry` it instead. */
  NOTHING_TO_RESUME: 'NOTHING_TO_RESUME',
  SESSION_FORBIDDEN: 'SESSION_FORBIDDEN',
  ORIGIN_FORBIDDEN: 'ORIGIN_FORBIDDEN',
  INVALID_SESSION_ID: 'INVALID_SESSION_ID',
  UPGRADE_REQUIRED: 'UPGRADE_REQUIRED',
  UNSUPPORTED_UPGRADE: 'UNSUPPORTED_UPGRADE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  HOST_FORBIDDEN: 'HOST_FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_ERROR: 'VALIDATION_ERROR',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** WebSocket close codes the server uses (4000–4999 is the application range). */
export const CloseCode = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  MESSAGE_TOO_BIG: 1009,
  /** The session could not be opened (a server fault). */
  INTERNAL_ERROR: 1011,
  IDLE_TIMEOUT: 4000,
  SLOW_CONSUMER: 4001,
  SESSION_FORBIDDEN: 4003,
  /** The session was deleted: its turns were stopped and it no longer exists. */
  SESSION_DELETED: 4004,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Limits from the protocol document, shared so the client can enforce them before sending. */
export const Limits = {
  maxContentLength: 10_000,
  maxBatchMessages: 100,
  maxSessionIdLength: 128,
  maxPayloadBytes: 1024 * 1024,
} as const;

export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
