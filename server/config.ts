// Environment → typed configuration, validated once at start with a message that names each bad variable.
import { z } from 'zod';
import { type ClientLimitsConfig, clientLimitsFrom, LimitsEnv } from './limits-config.ts';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const EnvSchema = z.object({
  PORT: int(0, 65_535).default(8000),
  HOST: z.string().min(1).default('127.0.0.1'),
  // postgres://user:password@host:5432/name (or postgresql://) opens PostgreSQL; anything else is a SQLite path.
  DATABASE_URL: z
    .string()
    .min(1)
    .default('./data/bookswriter.db')
    .refine(
      (v) => !/^postgres(ql)?:/i.test(v) || /^postgres(ql)?:\/\//i.test(v),
      'expected postgres://user@host:port/database, a SQLite file path or :memory:',
    ),
  BOOKSWRITER_MODEL: z
    .string()
    .regex(
      /^[a-z0-9-]+:.+$/i,
      'expected provider:model, e.g. google:gemini-2.5-flash or offline:bookswriter-offline',
    )
    .optional(),
  BOOKSWRITER_OFFLINE_DELAY_MS: int(0, 10_000).default(20),
  RATE_LIMIT_MAX_MESSAGES: int(1, 100_000).default(60),
  RATE_LIMIT_WINDOW_MS: int(100, 3_600_000).default(60_000),
  HEARTBEAT_INTERVAL_MS: int(100, 3_600_000).default(30_000),
  IDLE_TIMEOUT_MS: int(100, 86_400_000).default(300_000),
  AGENT_TIMEOUT_MS: int(100, 3_600_000).default(30_000),
  WS_MAX_PAYLOAD_BYTES: int(1_024, 64 * 1024 * 1024).default(1024 * 1024),
  WS_MAX_BUFFERED_BYTES: int(1_024, 1024 * 1024 * 1024).default(4 * 1024 * 1024),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ALLOWED_HOSTS: z
    .string()
    .default('localhost,127.0.0.1,[::1]')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  HTTP_MAX_BODY_BYTES: int(1_024, 1024 * 1024 * 1024).default(1024 * 1024),
  ...LimitsEnv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  defaultModel: string | undefined;
  offlineDelayMs: number;
  rateLimit: { maxMessages: number; windowMs: number };
  /** Per owner, per address, restores and the turn queue (limits-config.ts). */
  limits: ClientLimitsConfig;
  heartbeatIntervalMs: number;
  idleTimeoutMs: number;
  agentTimeoutMs: number;
  maxPayloadBytes: number;
  maxBufferedBytes: number;
  allowedOrigins: string[];
  /** Host header names (any port unless one is given) the server answers to; '*' turns the check off. */
  allowedHosts: string[];
  /** Whether X-Forwarded-Proto from a reverse proxy is believed. */
  trustProxy: boolean;
  maxBodyBytes: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment; throws ConfigError listing every invalid variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'environment');
      return `  ${key}=${JSON.stringify(env[key] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    defaultModel: e.BOOKSWRITER_MODEL,
    offlineDelayMs: e.BOOKSWRITER_OFFLINE_DELAY_MS,
    rateLimit: { maxMessages: e.RATE_LIMIT_MAX_MESSAGES, windowMs: e.RATE_LIMIT_WINDOW_MS },
    limits: clientLimitsFrom(e),
    heartbeatIntervalMs: e.HEARTBEAT_INTERVAL_MS,
    idleTimeoutMs: e.IDLE_TIMEOUT_MS,
    agentTimeoutMs: e.AGENT_TIMEOUT_MS,
    maxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
    maxBufferedBytes: e.WS_MAX_BUFFERED_BYTES,
    allowedOrigins: e.ALLOWED_ORIGINS,
    allowedHosts: e.ALLOWED_HOSTS,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    maxBodyBytes: e.HTTP_MAX_BODY_BYTES,
    logLevel: e.LOG_LEVEL,
  };
}
