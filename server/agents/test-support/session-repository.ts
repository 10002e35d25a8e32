// A fresh in-memory repository for each test, with the session the agent tests run in already made.
import { afterEach, beforeEach } from 'vitest';
import { openRepository, type Repository } from '../../storage/index.ts';

/** The session every agent test's turn and step belong to. */
export const TEST_SESSION_ID = 's1';

/**
 * Opens the repository before each test of the calling file and closes it after; the returned object
 * always reaches the current one, so tests use it as they would the repository itself.
 */
export function sessionRepositoryPerTest(): Repository {
  let current: Repository | undefined;
  beforeEach(async () => {
    current = await openRepository(':memory:');
    await current.sessions.ensureSession(TEST_SESSION_ID);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const open = (): Repository => {
    if (!current) throw new Error('The test repository is open only while a test runs');
    return current;
  };
  return {
    get sessions() {
      return open().sessions;
    },
    get artifacts() {
      return open().artifacts;
    },
    get scenes() {
      return open().scenes;
    },
    checkIntegrity: () => open().checkIntegrity(),
    close: () => open().close(),
  };
}
