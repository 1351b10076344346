import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // SQLite files and child processes: keep workers few on a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // expect.poll waits for something that will happen (a page refreshing, a send
    // landing); its 1 s default lost to a loaded 2-core machine once (the console test).
    expect: { poll: { timeout: 10_000 } },
  },
});
