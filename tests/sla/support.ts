/**
 * Time-limit tests: a real gridbot on the simulator with a fake clock and a
 * fake timer for the SLA tick (time moves only when the test says so), and an
 * SLA file written to the bot's temp directory.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startTestBot, tempStore, type TestBot } from '../helpers/app';
import { FakeClock, FakeTimer, ADMIN } from '../announcements/support';

export { FakeClock, FakeTimer, ADMIN };

export interface SlaBot extends TestBot {
  clock: FakeClock;
  timer: FakeTimer;
  /** Lets time pass to `at` (Shanghai wall clock "2026-12-07 09:00" or ISO), firing the tick on the way, then delivers. */
  until(at: string): Promise<void>;
  /** The simulator id of a roster person. */
  id(name: string): Promise<string>;
  /** Direct-chat texts from the bot to a person, by name. */
  dmTexts(name: string): Promise<string[]>;
  api(method: 'GET' | 'POST', url: string): Promise<{ status: number; body: string; headers: Record<string, unknown>; raw: Buffer }>;
  cleanup: () => void;
}

/** "2026-12-07 09:00" (Asia/Shanghai) → Date. */
export function sh(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}:00+08:00`);
}

export async function startSlaBot(opts: { start: string; sla?: string; dbPath?: string; clock?: FakeClock; env?: Record<string, string> }): Promise<SlaBot> {
  const db = opts.dbPath ? { path: opts.dbPath, cleanup: () => {} } : await tempStore();
  const env: Record<string, string> = { GRIDBOT_ADMIN_TOKEN: ADMIN, GRIDBOT_SEND_JITTER_MS: '0', ...opts.env };
  if (opts.sla !== undefined) {
    // Next to the store: its temp directory (a SQLite file or a PGlite directory lives in it).
    const file = join(dirname(db.path.replace(/^pglite:/, '')), 'sla.yaml');
    writeFileSync(file, opts.sla);
    env.GRIDBOT_SLA_FILE = file;
  }
  const clock = opts.clock ?? new FakeClock(sh(opts.start));
  const timer = new FakeTimer(clock);
  const annTimer = new FakeTimer(clock);
  const t = await startTestBot({ dbPath: db.path, env, gridbot: { now: clock.now, schedulerTimer: annTimer, slaTimer: timer } });
  const people = await t.people();
  const idOf = (name: string) => {
    const p = people.find((x) => x.name === name);
    if (!p) throw new Error(`no person ${name}`);
    return p.id;
  };
  return Object.assign(t, {
    clock,
    timer,
    cleanup: db.cleanup,
    async until(at: string) {
      await timer.advanceTo(at.includes('T') ? new Date(at) : sh(at));
      await t.bot.settle();
    },
    id: async (name: string) => idOf(name),
    dmTexts: (name: string) => t.directTexts(idOf(name)),
    async api(method: 'GET' | 'POST', url: string) {
      const res = await t.bot.app.inject({ method, url, headers: { authorization: `Bearer ${ADMIN}` } });
      return { status: res.statusCode, body: res.body, headers: res.headers as Record<string, unknown>, raw: res.rawPayload };
    },
  });
}
