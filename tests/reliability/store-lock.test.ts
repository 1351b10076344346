/**
 * busy_timeout in action (its value is asserted in tests/foundation/store.test.ts):
 * another process (a roster import, a backup tool) holds the write lock for a
 * moment; a resident's message arriving meanwhile waits for it instead of
 * failing with SQLITE_BUSY, and is handled once the lock is released.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config';
import { createGridbot, type Gridbot } from '../../src/gridbot';
import { silentLogger } from '../../src/logger';
import { tempDb, waitFor } from '../helpers/app';
import { planBurst, rows, seedDistrict, storeCounts } from './district';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOLD_MS = 400;

// Takes the write lock (BEGIN IMMEDIATE), says LOCKED, holds it HOLD_MS, commits, exits.
const LOCKER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO streets (name) VALUES ('锁')").run();
console.log('LOCKED');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${HOLD_MS});
db.exec('COMMIT');
db.close();
`;

let bot: Gridbot | undefined;
let locker: ChildProcess | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  if (locker && locker.exitCode === null && locker.signalCode === null) locker.kill('SIGKILL');
  locker = undefined;
  await bot?.stop();
  bot = undefined;
  for (const c of cleanups.splice(0)) c();
});

describe('busy_timeout', () => {
  it('a message arriving while another process holds the write lock waits for it, then is handled', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    bot = await createGridbot({
      config: loadConfig({ GRIDBOT_DB: db.path, LOG_LEVEL: 'silent', GRIDBOT_SEED_DEMO: 'false' }),
      logger: silentLogger(),
    });
    await seedDistrict(bot.store, { buildings: 1, residentsPerBuilding: 10 });
    await bot.start();

    let out = '';
    const child = spawn(process.execPath, ['-e', LOCKER, db.path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    locker = child;
    child.stdout!.on('data', (d) => (out += String(d)));
    child.stderr!.on('data', (d) => (out += String(d)));
    await waitFor(() => out.includes('LOCKED'), 10_000, 'the other process to take the lock');

    const [report] = planBurst(1, 1, 'locked').messages;
    const t0 = performance.now();
    const id = await bot.runtime.accept(report!.msg); // waits for the lock, up to busy_timeout (5 s)
    const waitedMs = performance.now() - t0;
    expect(id).toEqual(expect.any(Number));
    // It really waited for the other process (the lock was held when it started).
    expect(waitedMs).toBeGreaterThan(50);
    await bot.settle();
    expect(await storeCounts(bot.store)).toMatchObject({ inbox: 1, pending: 0, failed: 0, tickets: 1, acks: 1 });
    expect(await rows(bot.store, `SELECT count(*) n FROM streets WHERE name = '锁'`)).toEqual([{ n: 1 }]);
    console.info(`busy_timeout: the write waited ${Math.round(waitedMs)} ms for the other process's lock`);
  }, 20_000);
});
