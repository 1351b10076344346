import type { Store } from '../store/db';
import { Alarm, OneAtATime, outsideTransactions, type SchedulerTimer } from './alarm';
import type { Logger } from '../logger';
import { dueAnnouncementIds, nextScheduledRunAt } from '../store/repos/announcements';
import {
  onAnnouncementsChanged,
  reportReviewDeliveries,
  runDueAnnouncement,
  type AnnouncementDeps,
} from '../services/announcements';

export { realTimer, type SchedulerTimer } from './alarm';

export interface AnnouncementSchedulerOptions {
  store: Store;
  logger: Logger;
  now: () => Date;
  /** Names of the running channels. */
  channels: () => readonly string[];
  /** How late a run missed while down may still be sent (GRIDBOT_MISSED_GRACE). */
  graceMs: number;
  /** Wakes the outbox sender after runs were committed. */
  kickOutbox: () => void;
  timer?: SchedulerTimer;
  /**
   * Longest single sleep: the timer is re-armed at least this often, so a
   * wall-clock jump (NTP, suspended VM) is noticed within this time.
   */
  maxSleepMs?: number;
  /** After a run failed (it stays due), wait this long before trying again instead of spinning. */
  failureRetryMs?: number;
}

/**
 * Sends announcements when they are due. Due times live in the store
 * (announcements.next_run_at), never only in memory: at start the scheduler
 * runs what came due while gridbot was down (within the grace, else records
 * it missed), then sleeps until the earliest next run. Every create or cancel
 * signals a change, and a tick runs again (it re-arms from the store). Ticks
 * never overlap (OneAtATime): a signal during a tick runs one more after it.
 */
export class AnnouncementScheduler {
  readonly deps: AnnouncementDeps;
  private readonly alarm: Alarm;
  private readonly ticks = new OneAtATime(() => this.runTick());
  private readonly maxSleepMs: number;
  private readonly failureRetryMs: number;
  private failed = false;
  private running = false;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly o: AnnouncementSchedulerOptions) {
    this.deps = { store: o.store, now: o.now, channels: o.channels };
    this.alarm = new Alarm((err) => o.logger.error({ err }, 'announcement scheduler wake failed'), o.timer);
    this.maxSleepMs = o.maxSleepMs ?? 5 * 60_000;
    this.failureRetryMs = o.failureRetryMs ?? 30_000;
  }

  /**
   * Call after the outbox sender started (it parks rows a crash left in
   * flight, which are reported here). Resolves after the first tick.
   */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = onAnnouncementsChanged(this.o.store, () => this.changed());
    await this.tick();
  }

  /** Stops waking up; resolves once a tick in progress has finished with the store. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.disarm();
    await this.ticks.idle();
  }

  /** Resolves once no tick is running or queued (tests, settle()). */
  idle(): Promise<void> {
    return this.ticks.idle();
  }

  /** Runs everything due now, reports deliveries needing review, and re-arms. Never rejects: failures are logged. */
  tick(): Promise<void> {
    return this.ticks.run();
  }

  private async runTick(): Promise<void> {
    if (!this.running) return;
    let ran = 0;
    this.failed = false;
    try {
      for (const id of await dueAnnouncementIds(this.o.store.db, this.o.now())) {
        try {
          const out = await runDueAnnouncement(this.deps, id, this.o.graceMs);
          ran += out.sent + out.missed + out.stopped;
          if (out.stopped) this.o.logger.warn({ announcementId: id }, "grid leader's notice now outside their grids: run not sent, notice stopped; office told");
          if (out.missed) this.o.logger.warn({ announcementId: id, missed: out.missed }, 'announcement run missed while down; office told');
          if (out.sent) this.o.logger.info({ announcementId: id, nextRunAt: out.nextRunAt }, 'announcement run queued');
        } catch (err) {
          // One broken announcement must not stop the others; it stays due and is retried at the next wake.
          this.o.logger.error({ err, announcementId: id }, 'announcement run failed');
          this.failed = true;
        }
      }
    } catch (err) {
      this.o.logger.error({ err }, 'could not read the due announcements');
      this.failed = true;
    }
    try {
      const reported = await reportReviewDeliveries(this.deps);
      if (reported) this.o.logger.warn({ reported }, 'announcement deliveries needing review reported to the office');
    } catch (err) {
      this.o.logger.error({ err }, 'could not report deliveries needing review');
    }
    if (ran) this.o.kickOutbox();
    await this.arm();
  }

  /**
   * A verb committed a change (maybe called from inside the caller's
   * transaction): wake the sender and tick again, outside that transaction.
   * The tick is queued behind one in progress, so it reads the store after
   * the change.
   */
  private changed(): void {
    if (!this.running) return;
    outsideTransactions(() => {
      this.o.kickOutbox();
      // Fire-and-forget: the signal comes from a verb that must not wait for the scheduler; tick() logs its own failures.
      void this.tick().catch((err: unknown) => this.o.logger.error({ err }, 'announcement tick failed'));
    });
  }

  private async arm(): Promise<void> {
    this.disarm();
    if (!this.running) return;
    let wait = this.maxSleepMs;
    try {
      const next = await nextScheduledRunAt(this.o.store.db);
      if (next) wait = Math.max(0, next.getTime() - this.o.now().getTime());
    } catch (err) {
      // Still re-armed: a store that failed once is tried again at the next wake.
      this.o.logger.error({ err }, 'could not read the next announcement run');
      this.failed = true;
    }
    if (!this.running) return;
    if (this.failed) wait = Math.max(wait, this.failureRetryMs);
    this.alarm.set(Math.min(wait, this.maxSleepMs), () => this.tick());
  }

  private disarm(): void {
    this.alarm.clear();
  }
}
