import { defineConfig } from 'vitest/config';

// PGlite runs each query several times slower than SQLite (WebAssembly, one
// connection), and the time-limit tests make thousands of scheduler wakes: with
// GRIDBOT_TEST_DB=pglite (tests/helpers/app.ts, testEngine) the same tests get more time.
const onPglite = process.env.GRIDBOT_TEST_DB === 'pglite';

// Tests against real servers (GRIDBOT_TEST_PG_URL: several gridbot processes on one
// PostgreSQL, a 5,000-message burst) take both cores for minutes; run beside the
// suite they starved its time-sensitive tests (backup under load, a month's report)
// past their limits in `.ci/run`. They run after the suite, on their own. Without a
// server they are skipped.
const REAL_SERVERS = ['tests/multiprocess/**/*.test.ts'];

export default defineConfig({
  test: {
    // SQLite files and child processes: keep workers few on a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    // Test files share their worker's module cache instead of re-importing the
    // app (fastify, drizzle, the 3.7 MB intake model) for each of ~120 files: the
    // import time was half of the suite. Safe because no test mocks our modules
    // or changes process-wide state without restoring it (no vi.mock, no env
    // writes); every test builds its own app and store.
    isolate: false,
    testTimeout: onPglite ? 300_000 : 20_000,
    hookTimeout: onPglite ? 300_000 : 30_000,
    // expect.poll waits for something that will happen (a page refreshing, a send
    // landing); its 1 s default lost to a loaded 2-core machine once (the console test).
    expect: { poll: { timeout: 10_000 } },
    projects: [
      { extends: true, test: { name: 'suite', include: ['tests/**/*.test.ts'], exclude: REAL_SERVERS, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'real-servers', include: REAL_SERVERS, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
