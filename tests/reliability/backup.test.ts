/**
 * Store: `npm run backup` (scripts/backup.ts) makes a consistent online copy
 * with SQLite's backup API while the bot writes, and the copy restores: it
 * opens as a store (openSqliteStore, what openStore opens for a file path),
 * passes integrity_check, holds the row counts of one moment (every table
 * agreeing with every other), and a gridbot started on it picks up where that
 * moment left off.
 *
 * WAL mode, busy_timeout and foreign keys of a store opened by openStore are
 * asserted in tests/foundation/store.test.ts; here only for the restored copy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config';
import { createGridbot, type Gridbot } from '../../src/gridbot';
import { silentLogger } from '../../src/logger';
import { openSqliteStore, type Store } from '../../src/store/db';
import type { SqliteStore } from '../../src/store/engines/sqlite';
import { backupDatabase, tableCounts, type BackupResult } from '../../scripts/backup';
import { tempDb, waitFor } from '../helpers/app';
import { exactlyOnceViolations, planBurst, rows, seedDistrict, storeCounts } from './district';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../scripts/backup.ts', import.meta.url));

const bots: Gridbot[] = [];
const stores: Store[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const b of bots.splice(0)) await b.stop();
  for (const s of stores.splice(0)) await s.close();
  for (const c of cleanups.splice(0)) c();
});

/** A bot on a 20-building district; the stream below needs 10 residents per block of ten messages. */
async function districtBot(path: string, seed = true, blocks = 10): Promise<Gridbot> {
  const bot = await createGridbot({
    config: loadConfig({ GRIDBOT_DB: path, LOG_LEVEL: 'silent', GRIDBOT_SEED_DEMO: 'false' }),
    logger: silentLogger(),
  });
  bots.push(bot);
  if (seed) await seedDistrict(bot.store, { buildings: 20, residentsPerBuilding: blocks * 10 });
  await bot.start();
  return bot;
}

/** `npm run backup -- --out <out> --json`, as its own process (what an operator's cron would run). */
function runBackupCli(dbPath: string, out: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--out', out, '--json'], {
      cwd: ROOT,
      env: { ...process.env, GRIDBOT_DB: dbPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Relations that hold in every committed state of a store fed by planBurst. */
async function crossTableConsistency(s: Store) {
  const n = async (sql: string) => Number((await rows<{ n: number }>(s, sql))[0]!.n);
  const c = await storeCounts(s);
  return {
    // Each handled report is its ticket or its follow, committed together with the inbox mark.
    ticketsMatchInbox: c.tickets === (await n(`SELECT count(*) n FROM inbox WHERE outcome LIKE 'ticket:%'`)),
    followsMatchInbox: c.follows === (await n(`SELECT count(*) n FROM inbox WHERE outcome = 'followed'`)),
    // Three sends per ticket and one per follow, committed in the same transaction.
    outboxMatchesTickets: c.outbox === 3 * c.tickets + c.follows,
    eventsMatch: (await n(`SELECT count(*) n FROM ticket_events`)) === 2 * c.tickets + c.follows,
  };
}

/** The raw better-sqlite3 handle under a gridbot's store (scripts/backup.ts counts tables with it). */
function sqliteOf(store: Store): SqliteStore['sqlite'] {
  const { sqlite } = store as Partial<SqliteStore>;
  if (!sqlite) throw new Error(`not a SQLite store: ${store.dialect}`);
  return sqlite;
}

const allTrue = { ticketsMatchInbox: true, followsMatchInbox: true, outboxMatchesTickets: true, eventsMatch: true };

describe('npm run backup', () => {
  it('copies the store while the bot writes; the copy restores with integrity ok and the counts of one moment', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    const bot = await districtBot(db.path);
    const { messages } = planBurst(20, 10, 'backup');

    // The bot takes a steady stream (20 messages a tick) until told to stop.
    let writing = true;
    let fed = 0;
    const writer = (async () => {
      while (writing && fed < messages.length) {
        await Promise.all(messages.slice(fed, fed + 20).map((m) => bot.runtime.accept(m.msg)));
        fed += 20;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await waitFor(async () => (await storeCounts(bot.store)).tickets >= 100, 10_000, 'the bot to have written a while');
    const before = await storeCounts(bot.store);
    const out = join(db.path, '..', 'copies', 'nightly.db');
    const t0 = performance.now();
    const cli = await runBackupCli(db.path, out);
    const cliMs = performance.now() - t0;
    const after = await storeCounts(bot.store);
    writing = false;
    await writer;
    await bot.settle();

    expect(cli.code, cli.stderr).toBe(0);
    const result = JSON.parse(cli.stdout.trim().split('\n').pop()!) as BackupResult;
    console.info(`backup: ${result.bytes} bytes copied in ${result.ms} ms (the CLI took ${Math.round(cliMs)} ms) while the bot went from ${before.inbox} to ${after.inbox} messages`);
    // The bot really wrote during the backup.
    expect(after.inbox).toBeGreaterThan(before.inbox);
    expect(result).toMatchObject({ path: out, integrity: 'ok' });
    expect(readdirSync(join(out, '..')), 'no partial or WAL files left').toEqual(['nightly.db']);

    // Restore: the copy opens as a store.
    const copy = openSqliteStore(out);
    stores.push(copy);
    expect(copy.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(copy.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(tableCounts(copy.sqlite)).toEqual(result.counts);
    // One moment: between the counts before and after the backup, and every table agreeing with every other.
    const c = await storeCounts(copy);
    expect(c.inbox).toBeGreaterThanOrEqual(before.inbox);
    expect(c.inbox).toBeLessThanOrEqual(after.inbox);
    expect(c.tickets).toBeGreaterThanOrEqual(before.tickets);
    expect(c.tickets).toBeLessThanOrEqual(after.tickets);
    expect(await crossTableConsistency(copy)).toEqual(allTrue);
    expect(await exactlyOnceViolations(copy)).toEqual([]);
    // The inbox is append-only, so the copy's is a prefix of the store's (ids skip where a redelivery was refused).
    const ids = (s: Store, max = Number.MAX_SAFE_INTEGER) =>
      s.execute<{ id: number; m: string }>(sql`SELECT id, message_id m FROM inbox WHERE id <= ${max} ORDER BY id`);
    const copied = await ids(copy);
    expect(await ids(bot.store, copied.at(-1)!.id)).toEqual(copied);
    await copy.close();

    // A gridbot started on the copy carries on from that moment: pending messages handled, nothing doubled.
    const restored = await districtBot(out, false);
    await restored.runtime.whenIdle();
    await restored.sender.whenIdle(20_000);
    expect(await storeCounts(restored.store)).toMatchObject({ inbox: c.inbox, pending: 0, failed: 0 });
    expect(await crossTableConsistency(restored.store)).toEqual(allTrue);
    expect(await exactlyOnceViolations(restored.store)).toEqual([]);
  }, 60_000);

  it('at a quiet moment the copy holds exactly the rows of the store; it refuses to overwrite, and rejects a missing store', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    const bot = await districtBot(db.path, true, 1);
    const { messages } = planBurst(20, 1, 'quiet');
    for (const m of messages) await bot.runtime.accept(m.msg);
    await bot.settle();

    const out = join(db.path, '..', 'quiet.db');
    const result = await backupDatabase(db.path, out);
    const source = tableCounts(sqliteOf(bot.store));
    expect(result.counts).toEqual(source);
    const copy = openSqliteStore(out);
    stores.push(copy);
    expect(tableCounts(copy.sqlite)).toEqual(source);
    for (const table of ['tickets', 'ticket_events', 'ticket_followers', 'inbox', 'outbox', 'people']) {
      const all = (s: Store) => rows(s, `SELECT * FROM ${table} ORDER BY rowid`);
      expect(await all(copy), table).toEqual(await all(bot.store));
    }

    await expect(backupDatabase(db.path, out)).rejects.toThrow(/already exists/);
    await expect(backupDatabase(join(db.path, '..', 'nope.db'), join(db.path, '..', 'x.db'))).rejects.toThrow(/no store/);
    expect(existsSync(join(db.path, '..', 'x.db'))).toBe(false);
  }, 30_000);
});
