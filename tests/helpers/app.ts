/**
 * Shared test helper: a real gridbot (a real store, real fastify via
 * `app.inject()`, the simulator channel) started on a throw-away temp store,
 * plus small wrappers around the public /sim API.
 *
 * The temp store is a SQLite file, or PGlite (PostgreSQL in this process) when
 * GRIDBOT_TEST_DB=pglite: the same tests then run on the PostgreSQL engine.
 *
 *   const t = await startTestBot();
 *   const zhang = await t.personNamed('张丽');
 *   await t.say('sim-b3', zhang.id, '绑定 3号楼');     // posts and waits for the bot
 *   expect(await t.groupTexts('sim-b3')).toContain(...);
 *   await t.stop();                                    // in afterEach
 *
 * Everything goes through the same HTTP API outside checks use, so a test
 * written with this helper exercises the routes, the runtime, the handler
 * chain and the outbox together.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config';
import { createGridbot, type Gridbot, type GridbotOptions } from '../../src/gridbot';
import { pgliteTemplateDir } from './pglite-template';
import type { InboundMessage } from '../../src/bot/channel';
import type { TranscriptEntry } from '../../src/bot/simulator/channel';

/** As returned by GET /sim/groups. */
export interface SimGroup {
  id: string;
  name: string;
  kind: 'building' | 'workers' | 'unbound';
  building: string | null;
}

/** As returned by GET /sim/people. */
export interface SimPerson {
  id: string;
  name: string;
  role: 'resident' | 'grid_worker' | 'grid_leader' | 'office';
  building: string | null;
}

export interface StartOptions {
  /**
   * Use this store (what GRIDBOT_DB takes): a SQLite file, ':memory:', or the
   * `dbPath` of an earlier bot (to restart on the same data, whatever its
   * engine). Default: a new temp store on `testEngine()`. ':memory:' starts
   * faster (no file, no fsync) but cannot be restarted.
   */
  dbPath?: string;
  /** Extra environment for loadConfig (GRIDBOT_DB and LOG_LEVEL are set for you). */
  env?: Record<string, string>;
  /** Passed through to createGridbot (clock, a replacement resident channel...). */
  gridbot?: Omit<GridbotOptions, 'config'>;
}

export interface TestBot {
  bot: Gridbot;
  /** The store this bot runs on, as GRIDBOT_DB names it: a SQLite file, or `pglite:<dir>`. */
  dbPath: string;
  /** POST a group message as a simulator person (expects 202), then wait until the bot is done. */
  say(groupId: string, from: string, text: string): Promise<string>;
  /** POST a direct message to the bot as a simulator person (expects 202), then wait. */
  dm(personId: string, text: string): Promise<string>;
  groupMessages(groupId: string, since?: number): Promise<TranscriptEntry[]>;
  directMessages(personId: string, since?: number): Promise<TranscriptEntry[]>;
  /** Only the bot's texts in a group transcript, oldest first. */
  groupTexts(groupId: string): Promise<string[]>;
  /** Only the bot's texts in a direct chat, oldest first. */
  directTexts(personId: string): Promise<string[]>;
  groups(): Promise<SimGroup[]>;
  people(): Promise<SimPerson[]>;
  /** The simulator person with this name (fails the test when there is none). */
  personNamed(name: string): Promise<SimPerson>;
  /** Stops this bot, keeping its data, and starts a new one on it (a process restart). */
  restart(): Promise<TestBot>;
  /** Stops the bot and deletes its temp directory (when this helper created it). Idempotent. */
  stop(): Promise<void>;
}

/**
 * The engine tests' own temp stores run on: GRIDBOT_TEST_DB=pglite selects
 * PGlite (PostgreSQL compiled to WebAssembly, in this process); anything else
 * SQLite. Tests that need a SQLite file (raw better-sqlite3, a second process
 * on the same file) ask for one explicitly and stay on SQLite.
 */
export function testEngine(): 'sqlite' | 'pglite' {
  return process.env.GRIDBOT_TEST_DB === 'pglite' ? 'pglite' : 'sqlite';
}

// PGlite's longer timeouts live in vitest.config.ts: with test files sharing a
// worker's modules (isolate: false) a setConfig here would reach the first file only.

/** A fresh temp directory with a SQLite db path in it; `cleanup` removes the directory. */
export function tempDb(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-test-'));
  return { path: join(dir, 'gridbot.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh temp store on `testEngine()`, as GRIDBOT_DB / openStore take it: a
 * SQLite file path, or `pglite:<dir>` (a directory, so it can be reopened).
 * Nothing is opened yet: the SQLite file is created and migrated on first open.
 */
export async function tempStore(): Promise<{ path: string; cleanup: () => void }> {
  const db = tempDb();
  if (testEngine() === 'sqlite') return db;
  const dir = join(dirname(db.path), 'pg');
  // A fresh PGlite directory costs ~10 s (initdb in WebAssembly, then the
  // migrations); a copy of an already migrated one about 1 s.
  cpSync(await pgliteTemplateDir(), dir, { recursive: true });
  return { path: `pglite:${dir}`, cleanup: db.cleanup };
}

/** Starts a real gridbot on the simulator channel with the demo community seeded. */
export async function startTestBot(opts: StartOptions = {}): Promise<TestBot> {
  const owned = opts.dbPath ? null : await tempStore();
  const dbPath = opts.dbPath ?? owned!.path;
  const config = loadConfig({ GRIDBOT_DB: dbPath, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', ...opts.env });
  const bot = await createGridbot({ ...opts.gridbot, config });
  await bot.start();

  const getJson = async <T>(url: string): Promise<T> => {
    const res = await bot.app.inject({ method: 'GET', url });
    expect(res.statusCode, `GET ${url}: ${res.body}`).toBe(200);
    return res.json() as T;
  };
  const post = async (url: string, payload: object): Promise<string> => {
    const res = await bot.app.inject({ method: 'POST', url, payload });
    expect(res.statusCode, `POST ${url}: ${res.body}`).toBe(202);
    await bot.settle();
    return (res.json() as { messageId: string }).messageId;
  };
  const botTexts = (entries: TranscriptEntry[]) => entries.filter((e) => e.from === 'bot').map((e) => e.text);

  let stopped = false;
  let successor: TestBot | null = null;
  const stopBot = async () => {
    if (stopped) return;
    stopped = true;
    await bot.stop();
  };

  const t: TestBot = {
    bot,
    dbPath,
    say: (groupId, from, text) => post(`/sim/groups/${encodeURIComponent(groupId)}/messages`, { from, text }),
    dm: (personId, text) => post(`/sim/direct/${encodeURIComponent(personId)}/messages`, { text }),
    groupMessages: (groupId, since = 0) =>
      getJson(`/sim/groups/${encodeURIComponent(groupId)}/messages?since=${since}`),
    directMessages: (personId, since = 0) =>
      getJson(`/sim/direct/${encodeURIComponent(personId)}/messages?since=${since}`),
    groupTexts: async (groupId) => botTexts(await t.groupMessages(groupId)),
    directTexts: async (personId) => botTexts(await t.directMessages(personId)),
    groups: () => getJson('/sim/groups'),
    people: () => getJson('/sim/people'),
    async personNamed(name) {
      const person = (await t.people()).find((p) => p.name === name);
      expect(person, `no simulator person named ${name}`).toBeDefined();
      return person!;
    },
    async restart() {
      if (dbPath === ':memory:') throw new Error('restart() needs a file store: do not pass dbPath ":memory:"');
      await stopBot();
      const next = await startTestBot({ ...opts, dbPath });
      // The newest handle owns the temp directory; stopping an older one stops it too.
      if (owned) {
        const stopNext = next.stop;
        next.stop = async () => {
          await stopNext();
          owned.cleanup();
        };
      }
      successor = next;
      return next;
    },
    async stop() {
      await stopBot();
      if (successor) await successor.stop();
      else owned?.cleanup();
    },
  };
  return t;
}

/** Polls `check` until it returns true (or a value), failing after `timeoutMs`: never a fixed sleep. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 3000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * An InboundMessage as the simulator would produce it, for tests that feed the
 * runtime directly (`bot.runtime.accept(...)`) to set fields the /sim API
 * cannot: fromSelf, an old sentAt, a repeated message id.
 */
export function inbound(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    channel: 'simulator',
    messageId: `test-${randomUUID()}`,
    groupId: null,
    senderId: 'p1',
    senderName: '张丽',
    text: '你好',
    mentions: [],
    sentAt: new Date(),
    ...overrides,
  };
}
