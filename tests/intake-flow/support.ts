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
import { sqlRows, sqlValue } from '../helpers/sql';
import { parse } from '../../src/core/parse';
import { decideAction } from '../../src/core/parse/decide';

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
  const run = await t.bot.intake.tick();
  await t.bot.settle();
  return { sent: run?.sent ?? 0, expired: run?.expired ?? 0 };
}

export const dbId = async (t: TestBot, who: { id: string }) => (await personByIdentity(t.bot.store.db, 'simulator', who.id))!.id;

export async function triageRows(t: TestBot): Promise<TriageRow[]> {
  const rows: TriageRow[] = [];
  for (const r of await sqlRows<{ id: number }>(t.bot.store, 'SELECT id FROM intake_triage ORDER BY id')) {
    rows.push((await triageById(t.bot.store.db, r.id))!);
  }
  return rows;
}

export async function lastTicketId(t: TestBot): Promise<number | null> {
  return sqlValue<number | null>(t.bot.store, 'SELECT max(id) AS id FROM tickets');
}

/**
 * Vague messages a careful reader would not act on alone. Which of them the
 * committed model is unsure about moves a little with every retraining, so the
 * flow tests take the first ones it sends to triage (`unsureTexts`) instead of
 * naming fixed sentences; too few left fails loudly, not silently.
 */
const VAGUE = [
  '楼下有点吵，晚上睡不着', '帮我看看', '楼下有点吵', '这个事谁管一下', '门口好多东西', '又来了', '晚上有点吵',
  '车库那边黑乎乎的', '楼下那个谁又在弄了', '好烦啊天天这样', '门口有堆东西', '地下车库的灯全灭了，黑得看不见路',
];

export function unsureTexts(count: number, suffix = ''): string[] {
  const found = VAGUE.map((v) => v + suffix).filter(
    (text) => decideAction(parse(text, { groupBuilding: '3' }), { faqHit: false }).action === 'triage',
  );
  if (found.length < count) {
    throw new Error(`the committed model is sure of all but ${found.length} of the vague test messages (need ${count}): add vaguer ones to VAGUE`);
  }
  return found.slice(0, count);
}
