// Reads the configuration, starts the server, and shuts it down cleanly on SIGINT/SIGTERM.
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createRedactor, secretsIn } from './secret-redaction.ts';
import { startServer } from './server.ts';

/** What the process prints outside the logger passes the same redactor: a refused value may be a pasted key. */
const redact = createRedactor(secretsIn(process.env));
/** A shutdown that hangs (a stuck socket, say) still ends, as a failure, rather than needing SIGKILL. */
const SHUTDOWN_DEADLINE_MS = 15_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(redact(error.message));
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, undefined, secretsIn(process.env));
  const started = startServer(config, { logger, webRoot: resolve(process.env.WEB_ROOT ?? 'dist/web') });
  // Ctrl+C signals the whole process group, and `pnpm start` forwards it too: the server may get the same
  // signal two or three times. The first starts the one shutdown; the rest must not cut it short.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info({ signal }, 'already shutting down');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error({ ms: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish in time');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    started
      .then((server) => server.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));
  const server = await started;
  console.log(
    `BooksWriter is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${server.port}`,
  );
}

main().catch((error: unknown) => {
  // Configuration mistakes found while wiring (e.g. BOOKSWRITER_MODEL naming no configured provider) exit like bad env.
  const isConfig = error instanceof Error && error.name === 'ModelConfigError';
  console.error(redact(error instanceof Error ? error.message : String(error)));
  process.exit(isConfig ? 2 : 1);
});
