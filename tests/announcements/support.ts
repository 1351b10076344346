/**
 * Helpers for the announcement tests: a fake clock and a fake scheduler timer
 * (time moves only when a test says so), a bot on the simulator channel with
 * both, and a small client for the authenticated API.
 */
import { expect } from 'vitest';
import { startTestBot, type StartOptions, type TestBot } from '../helpers/app';
import type { SchedulerTimer } from '../../src/jobs/announcements';

export const ADMIN = 'test-admin-token-0123456789';

export class FakeClock {
  private t: number;
  constructor(start: string | Date) {
    this.t = new Date(start).getTime();
  }
  now = (): Date => new Date(this.t);
  set(at: string | Date): void {
    this.t = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Records what the scheduler armed; `fire()` runs the timer if its time has come on the fake clock. */
export class FakeTimer implements SchedulerTimer {
  private next: { fn: () => Promise<void>; at: number; id: number } | null = null;
  private seq = 0;
  constructor(private readonly clock: FakeClock) {}
  set(fn: () => Promise<void>, ms: number): unknown {
    this.next = { fn, at: this.clock.now().getTime() + ms, id: ++this.seq };
    return this.seq;
  }
  clear(handle: unknown): void {
    if (this.next?.id === handle) this.next = null;
  }
  /** When the armed timer will fire, on the fake clock. */
  get armedAt(): Date | null {
    return this.next ? new Date(this.next.at) : null;
  }
  /**
   * Lets time pass until `target`: every timer armed on the way fires at its
   * time (the scheduler re-arms at least every few minutes), then the clock
   * stops at `target`.
   */
  async advanceTo(target: string | Date): Promise<number> {
    const end = new Date(target).getTime();
    let fired = 0;
    while (this.next && this.next.at <= end) {
      await this.fireNext();
      expect(++fired, 'the scheduler keeps re-arming for the same instant').toBeLessThan(100_000);
    }
    this.clock.set(new Date(Math.max(end, this.clock.now().getTime())));
    return fired;
  }

  /**
   * Moves the clock to the armed time and fires it (what a real timer would
   * do), and waits for that wake's work, which re-arms the timer.
   */
  async fireNext(): Promise<void> {
    const n = this.next;
    expect(n, 'no timer armed').not.toBeNull();
    this.clock.set(new Date(Math.max(n!.at, this.clock.now().getTime())));
    this.next = null;
    await n!.fn();
  }
}

export interface AnnBot extends TestBot {
  clock: FakeClock;
  timer: FakeTimer;
  api<T = any>(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown, token?: string | null): Promise<{ status: number; body: T }>;
  /** Bot texts per simulator group id. */
  texts(groupId: string): Promise<string[]>;
}

export async function startAnnBot(
  opts: { start?: string; dbPath?: string; env?: Record<string, string>; gridbot?: StartOptions['gridbot'] } = {},
): Promise<AnnBot> {
  const clock = new FakeClock(opts.start ?? '2026-06-01T01:00:00Z'); // 09:00 in Shanghai, a Monday
  const timer = new FakeTimer(clock);
  const t = await startTestBot({
    dbPath: opts.dbPath,
    env: { GRIDBOT_ADMIN_TOKEN: ADMIN, GRIDBOT_SEND_JITTER_MS: '0', ...opts.env },
    gridbot: { now: clock.now, schedulerTimer: timer, ...opts.gridbot },
  });
  return wrap(t, clock, timer);
}

export function wrap(t: TestBot, clock: FakeClock, timer: FakeTimer): AnnBot {
  return Object.assign(t, {
    clock,
    timer,
    async api(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown, token: string | null = ADMIN) {
      const res = await t.bot.app.inject({
        method,
        url,
        ...(body === undefined ? {} : { payload: body as object }),
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
      });
      await t.bot.settle();
      return { status: res.statusCode, body: res.json() };
    },
    texts: (groupId: string) => t.groupTexts(groupId),
  });
}

export const BUILDING_GROUPS = ['sim-b1', 'sim-b2', 'sim-b3', 'sim-b4', 'sim-b5', 'sim-b6'];
export const ALL_GROUPS = [...BUILDING_GROUPS, 'sim-workers'];

/** How many times each group received exactly `text`. */
export async function countsOf(b: AnnBot, text: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const g of ALL_GROUPS) out[g] = (await b.texts(g)).filter((x) => x === text).length;
  return out;
}
