/**
 * A bot for the intake-flow tests: a fake clock, and a triage clock that only
 * runs when the test says so (`tick()` after moving the clock), so digests
 * and expiry are checked at exact moments without waiting.
 */
import { startTestBot, type TestBot } from '../helpers/app';
import { cast, testClock, type Cast } from '../tickets/support';
import { personByIdentity } from '../../src/store/repos/people';
import { triageById, type TriageRow } from '../../src/store/repos/intake';
import type { SchedulerTimer } from '../../src/jobs/announcements';

export const B3 = 'sim-b3';
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A timer that never fires: the test ticks the triage clock itself. */
export const manualTimer: SchedulerTimer = { set: () => 0, clear: () => {} };

export interface FlowBot {
  t: TestBot;
  c: Cast;
  clock: ReturnType<typeof testClock>;
  /** Runs the triage clock now and waits until its sends are delivered. */
  tick(): Promise<{ sent: number; expired: number }>;
}

/** An admin token for /api (office role). */
export const ADMIN = 'intake-flow-test-admin-token-0123';

export async function startFlowBot(opts: { dbPath?: string; clock?: ReturnType<typeof testClock> } = {}): Promise<FlowBot> {
  const clock = opts.clock ?? testClock(Date.parse('2026-12-01T02:00:00Z'));
  const t = await startTestBot({ dbPath: opts.dbPath, env: { GRIDBOT_ADMIN_TOKEN: ADMIN }, gridbot: { now: clock.now, intakeTimer: manualTimer } });
  const c = await cast(t);
  return { t, c, clock, tick: () => tickOf(t) };
}

export async function tickOf(t: TestBot): Promise<{ sent: number; expired: number }> {
  const run = t.bot.intake.tick();
  await t.bot.settle();
  return { sent: run?.sent ?? 0, expired: run?.expired ?? 0 };
}

export const dbId = (t: TestBot, who: { id: string }) => personByIdentity(t.bot.store.db, 'simulator', who.id)!.id;

export function triageRows(t: TestBot): TriageRow[] {
  return t.bot.store.sqlite.prepare('SELECT id FROM intake_triage ORDER BY id').all().map((r) => triageById(t.bot.store.db, (r as { id: number }).id)!);
}

export function lastTicketId(t: TestBot): number | null {
  return (t.bot.store.sqlite.prepare('SELECT max(id) AS id FROM tickets').get() as { id: number | null }).id;
}
