// Unit and integration tests: everything named *.test.ts(x) beside the code; e2e/ belongs to Playwright.
// Tests run in Node; a web test that renders React opens with `// @vitest-environment jsdom`, so only it pays for a DOM.
import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that time the server under load: they run after everything else, alone, so only their own load counts. */
const ALONE = ['server/abuse/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'protocol/**/*.test.ts',
            'server/**/*.test.ts',
            'web/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, ...ALONE],
        },
      },
      { extends: true, test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});
