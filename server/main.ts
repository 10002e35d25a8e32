// Reads the configuration, starts the server, and shuts it down cleanly on SIGINT/SIGTERM.
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createRedactor, secretsIn } from './secret-redaction.ts';
import { startServer } from './server.ts';

/** What the process prints outside the logger passes the same redactor: a refused value may be a pasted key. */
const redact = createRedactor(secretsIn(process.env));

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
  const server = await startServer(config, { logger, webRoot: resolve(process.env.WEB_ROOT ?? 'dist/web') });
  console.log(
    `BooksWriter is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${server.port}`,
  );
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Configuration mistakes found while wiring (e.g. BOOKSWRITER_MODEL naming no configured provider) exit like bad env.
  const isConfig = error instanceof Error && error.name === 'ModelConfigError';
  console.error(redact(error instanceof Error ? error.message : String(error)));
  process.exit(isConfig ? 2 : 1);
});
